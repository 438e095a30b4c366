package dev.rapport.cli;

import dev.rapport.i18n.KeyPattern;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Dimension;
import dev.rapport.model.Promise;
import dev.rapport.model.PromiseOutcome;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** `rapport today` and `rapport stats` over a small journal, through the real command line. */
class LedgerCommandsTest {
    @TempDir
    Path dir;

    private Path file;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final LocalDate today = LocalDate.now();

    @BeforeEach
    void journal() {
        file = dir.resolve("j.rapport");
        try (JournalSession s = JournalSession.open(file)) {
            Client acme = s.clients().save(Client.create("Acme Logistics"));
            Client other = s.clients().save(Client.create("Baltic Freight Lines"));
            LocalDate made = LocalDate.of(2026, 1, 1);
            LocalDate due = LocalDate.of(2026, 3, 10);
            s.ledger().save(Promise.create(acme.id(), "Send the plan", today.minusDays(10), today.minusDays(2)));
            s.ledger().save(Promise.create(acme.id(), "On time", made, due).withOutcome(PromiseOutcome.KEPT, due, Set.of(), ""));
            s.ledger().save(Promise.create(acme.id(), "Late", made, due)
                    .withOutcome(PromiseOutcome.KEPT, due.plusDays(1), Set.of(Dimension.QUALITY), "").withReport(due.plusDays(2), "Tested"));
            s.ledger().save(Promise.create(acme.id(), "Broken", made, due).withOutcome(PromiseOutcome.BROKEN, due.plusDays(5), Set.of(), ""));
            s.ledger().save(Promise.create(other.id(), "Other client", made, due).withOutcome(PromiseOutcome.KEPT, due, Set.of(), ""));
            s.ledger().save(Promise.create(acme.id(), "Outside the period", made, due.plusMonths(3))
                    .withOutcome(PromiseOutcome.KEPT, LocalDate.of(2026, 5, 1), Set.of(), ""));
        }
    }

    private int run(String... args) {
        return RapportCommand.run(args, (journal, demo) -> { }, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void statsForAClientAndPeriodGiveTheExactFiguresInJson() throws Exception {
        int code = run("stats", "--journal", file.toString(), "--client", "acme", "--from", "2026-03-01", "--to", "2026-03-31", "--json");
        assertThat(code).as(err.toString()).isZero();
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        assertThat(doc.get("clients").asInt()).isEqualTo(2);
        assertThat(doc.get("client").asText()).isEqualTo("Acme Logistics");
        JsonNode p = doc.get("promises");
        assertThat(p.get("decided").asInt()).isEqualTo(3);
        assertThat(p.get("keptPercent").asDouble()).isEqualTo(67.0);
        assertThat(p.get("onTimePercent").asDouble()).isEqualTo(33.0);
        assertThat(p.get("exceededPercent").asDouble()).isEqualTo(33.0);
        assertThat(p.get("exceededPercentByDimension").get("quality").asDouble()).isEqualTo(33.0);
        assertThat(p.get("reportedPercent").asDouble()).isEqualTo(50.0);
        assertThat(p.get("overdue").asInt()).isEqualTo(1);
        assertThat(doc.get("problems").get("onTargetPercent").isNull()).isTrue();
        assertThat(doc.get("requests").get("medianHoursToAcknowledge").isNull()).isTrue();
    }

    @Test
    void statsAsTextShowADashWhereNothingIsCounted() {
        assertThat(run("stats", "--journal", file.toString(), "--client", "Baltic Freight Lines")).isZero();
        assertThat(out.toString()).contains("Figures for    Baltic Freight Lines, all time")
                .contains("Promises       kept 100% · on time 100%")
                .contains("Problems       open 0 · on target — · median days to resolve —");
    }

    @Test
    void anUnknownClientIsAOneLineErrorListingTheClients() {
        assertThat(run("stats", "--journal", file.toString(), "--client", "nobody")).isNotZero();
        assertThat(err.toString()).containsPattern(KeyPattern.of("clients.byName.none", "nobody", KeyPattern.ANY)).contains("Acme Logistics");
    }

    @Test
    void todayExplainsItself() {
        assertThat(run("today", "--help")).isZero();
        assertThat(out.toString()).contains("Usage: rapport today").contains("--json");
    }

    @Test
    void todayListsTheOverduePromiseFirst() throws Exception {
        assertThat(run("today", "--journal", file.toString())).isZero();
        String[] lines = out.toString().split("\\R");
        assertThat(lines[0]).isEqualTo("overdue\tpromise-due\tAcme Logistics\tSend the plan\tDue " + dev.rapport.i18n.I18n.date(today.minusDays(2)) + ", 2 days late");
        assertThat(out.toString()).contains("today\tpromise-unreported\tAcme Logistics\tOn time");

        out.getBuffer().setLength(0);
        assertThat(run("today", "--journal", file.toString(), "--json")).isZero();
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        assertThat(doc.get("date").asText()).isEqualTo(today.toString());
        assertThat(doc.get("items").get(0).get("kind").asText()).isEqualTo("promise-due");
        assertThat(doc.get("items").get(0).get("group").asText()).isEqualTo("overdue");
    }
}
