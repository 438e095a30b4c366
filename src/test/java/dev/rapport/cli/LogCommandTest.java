package dev.rapport.cli;

import dev.rapport.i18n.I18n;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Promise;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code rapport log "…" [--dry-run] [--json]}: the quick-log line from a terminal. */
class LogCommandTest {
    private static final String LINE = "nor call: sent the draft; promise: revised budget by fri @ilona";

    @TempDir
    Path dir;
    private Path file;
    private long clientId;
    private long ilonaId;
    private String out;
    private String err;

    @BeforeEach
    void journal() {
        file = dir.resolve("j.rapport");
        try (JournalSession s = JournalSession.open(file)) {
            Client nordlys = s.clients().save(Client.create("Nordlys Energi"));
            clientId = nordlys.id();
            ilonaId = s.contacts().save(Contact.create(clientId, "Ilona Kask")).id();
            s.clients().save(Client.create("Norbalt Logistics"));
        }
    }

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = RapportCommand.run(args, (journal, demo) -> { }, new PrintWriter(o, true), new PrintWriter(e, true), "en");
        out = o.toString();
        err = e.toString();
        return code;
    }

    /** "fri" is the coming Friday, today included (DatePhrases). */
    private static LocalDate friday() {
        return LocalDate.now().with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
    }

    @Test
    void dryRunPrintsWhatWouldBeSavedAndChangesNothing() {
        assertThat(run("log", "--journal", file.toString(), "--dry-run", "nord call: sent the draft; promise: revised budget by fri @ilona"))
                .isZero();
        assertThat(out.lines()).containsExactly(
                "client\t" + clientId + "\tNordlys Energi",
                "channel\t\tcall",
                "person\t" + ilonaId + "\tIlona Kask",
                "entry\t\tsent the draft",
                "promise\t\trevised budget\t" + friday() + "\tIlona Kask");
        assertThat(err).contains(I18n.t("cli.import.dryRun"));
        try (JournalSession s = JournalSession.open(file)) {
            assertThat(s.interactions().forClient(clientId, 10, 0)).isEmpty();
            assertThat(s.ledger().promises(clientId)).isEmpty();
        }
    }

    @Test
    void jsonSaysWhatWasSavedWithThePromiseLinkedToTheEntry() throws Exception {
        assertThat(run("log", "--journal", file.toString(), "--json", LINE.replace("nor ", "nordl "))).isZero();
        JsonNode doc = new ObjectMapper().readTree(out);
        assertThat(doc.get("saved").asBoolean()).isTrue();
        assertThat(doc.get("client").asText()).isEqualTo("Nordlys Energi");
        assertThat(doc.get("channel").asText()).isEqualTo("call");
        long entryId = doc.get("entry").get("id").asLong();
        JsonNode promise = doc.get("promises").get(0);
        assertThat(promise.get("due").asText()).isEqualTo(friday().toString());
        assertThat(promise.get("entryId").asLong()).isEqualTo(entryId);
        assertThat(promise.get("contactId").asLong()).isEqualTo(ilonaId);
        try (JournalSession s = JournalSession.open(file)) {
            assertThat(s.interactions().find(entryId)).hasValueSatisfying(e -> {
                assertThat(e.title()).isEqualTo("sent the draft");
                // the moment three ways: the wall-clock time written, its instant and the zone it was written in (this machine's)
                assertThat(doc.get("entry").get("occurredAt").asText()).isEqualTo(e.occurredAt().toString());
                assertThat(doc.get("entry").get("instant").asText()).isEqualTo(e.instant().toString());
                assertThat(doc.get("entry").get("zone").asText()).isEqualTo(java.time.ZoneId.systemDefault().getId());
            });
            List<Promise> promises = s.ledger().promises(clientId);
            assertThat(promises).singleElement().satisfies(p -> {
                assertThat(p.id()).isEqualTo(promise.get("id").asLong());
                assertThat(p.interactionId()).isEqualTo(entryId);
                assertThat(p.due()).isEqualTo(friday());
            });
        }
    }

    @Test
    void theLineMayComeAsSeveralWordsAndPrintsTheSavedIds() {
        assertThat(run("log", "--journal", file.toString(), "nordlys", "email:", "invoice", "sent")).isZero();
        assertThat(out.lines()).anySatisfy(l -> assertThat(l).matches("entry\t\\d+\tinvoice sent"));
        assertThat(err).contains(I18n.t("quickLog.savedEntry", "Nordlys Energi"));
    }

    @Test
    void aWrongPartIsNamedAndNothingIsSaved() throws Exception {
        assertThat(run("log", "--journal", file.toString(), LINE)).isEqualTo(1);
        assertThat(err).startsWith("rapport: " + I18n.t("quickLog.part.client") + ": ").contains("Nordlys Energi", "Norbalt Logistics").doesNotContain("Exception");

        assertThat(run("log", "--journal", file.toString(), "--json", "nord call: x; promise: budget by someday")).isEqualTo(1);
        JsonNode doc = new ObjectMapper().readTree(out);
        assertThat(doc.get("saved").asBoolean()).isFalse();
        assertThat(doc.get("issues").get(0).get("part").asText()).isEqualTo("promise");
        assertThat(err).contains("someday");
        try (JournalSession s = JournalSession.open(file)) {
            assertThat(s.interactions().forClient(clientId, 10, 0)).isEmpty();
        }
    }

    @Test
    void helpNamesTheOptions() {
        assertThat(run("log", "--help")).isZero();
        assertThat(out).contains("--dry-run", "--json", "LINE");
        assertThat(run("--help")).isZero();
        assertThat(out).contains("log");
    }
}
