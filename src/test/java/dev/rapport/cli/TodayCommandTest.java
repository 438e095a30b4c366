package dev.rapport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.tools.demo.DemoJournal;
import dev.rapport.logic.JournalSession;
import dev.rapport.logic.TodayPage;
import dev.rapport.model.TodayItem;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** `rapport today` prints the Today screen's page: its investigate alerts first, then the items and the drifting clients. */
class TodayCommandTest {
    @TempDir
    Path dir;

    private Path file;
    private TodayPage page;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void journal() {
        file = dir.resolve("demo.rapport");
        try (JournalSession s = JournalSession.open(file)) {
            DemoJournal.fill(s);
            page = TodayPage.of(s);
        }
        assertThat(page.alerts()).as("the demo journal has investigate alerts").isNotEmpty();
    }

    private int run(String... args) {
        return RapportCommand.run(args, (journal, demo) -> { }, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void theAlertsComeFirstThenEveryItemAndDriftingClientOfThePage() {
        assertThat(run("today", "--journal", file.toString())).as(err.toString()).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(page.alerts().size() + page.day().items().size() + page.losingTouch().size());
        for (int i = 0; i < page.alerts().size(); i++) {
            TodayPage.Alert a = page.alerts().get(i);
            String[] cells = lines.get(i).split("\t", -1);
            assertThat(cells[0]).isEqualTo("investigate");
            assertThat(cells[1]).isEqualTo(a.alert().kind().name().toLowerCase().replace('_', '-'));
            assertThat(cells[2]).isEqualTo(a.alert().clientId() == null ? "" : a.alert().clientName());
            assertThat(cells[4]).isEqualTo(a.look());
        }
        TodayItem first = page.day().items().get(0);
        assertThat(lines.get(page.alerts().size())).startsWith(String.join("\t",
                first.group().name().toLowerCase().replace('_', '-'), first.kind().name().toLowerCase().replace('_', '-'), first.clientName()));
    }

    @Test
    void anAlertKindIsSpelledAlikeByTodayAndHealth() throws Exception {
        TodayPage.Alert a = page.alerts().stream().filter(x -> x.alert().clientId() != null).findFirst().orElseThrow();
        assertThat(run("today", "--journal", file.toString(), "--json")).as(err.toString()).isZero();
        List<String> todayKinds = new ArrayList<>();
        new ObjectMapper().readTree(out.toString()).get("alerts").forEach(n -> todayKinds.add(n.get("kind").asText()));
        out.getBuffer().setLength(0);
        assertThat(run("health", "--journal", file.toString(), "--client", a.alert().clientName(), "--json")).as(err.toString()).isZero();
        List<String> healthKinds = new ArrayList<>();
        new ObjectMapper().readTree(out.toString()).get("alerts").forEach(n -> healthKinds.add(n.get("kind").asText()));
        assertThat(healthKinds).isNotEmpty();
        assertThat(todayKinds).containsAll(healthKinds);
        assertThat(todayKinds).allMatch(k -> k.equals("low-satisfaction") || k.equals("nps-drop"));
    }

    @Test
    void theJsonHoldsTheAlertsWithWhatToLookAtAndWhichDatesAreBirthdays() throws Exception {
        assertThat(run("today", "--journal", file.toString(), "--json")).as(err.toString()).isZero();
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        assertThat(doc.get("alerts")).hasSize(page.alerts().size());
        TodayPage.Alert a = page.alerts().get(0);
        JsonNode first = doc.get("alerts").get(0);
        assertThat(first.get("message").asText()).isEqualTo(a.alert().message());
        if (a.alert().clientId() != null) {
            assertThat(first.get("clientId").asLong()).isEqualTo(a.alert().clientId());
            assertThat(first.get("openProblems").asLong()).isEqualTo(a.openProblems());
        }
        assertThat(doc.get("items")).hasSize(page.day().items().size());
        long birthdays = 0;
        for (JsonNode item : doc.get("items")) {
            if (item.get("kind").asText().equals("date-coming") && item.get("birthday").asBoolean()) {
                birthdays++;
            }
        }
        assertThat(birthdays).isEqualTo(page.birthdays().size());
    }
}
