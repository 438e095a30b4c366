package dev.rapport.export;

import dev.rapport.logic.ClientTimeline;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.ClientOverview;
import dev.rapport.model.Interaction;
import dev.rapport.model.JournalEntry;
import dev.rapport.model.LedgerFigures;
import dev.rapport.model.Meeting;
import dev.rapport.model.Moments;
import dev.rapport.model.Request;
import dev.rapport.model.WorkingHours;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The one rule for moments: each is stored as its instant plus the zone it was written in. An entry
 * written in Vilnius and read on a machine set to New York shows the wall-clock time written, with its
 * place; it is ordered against requests and other entries by instant; the figures do not move with the
 * reader's zone; and the JSON export and import keep the instant and the zone.
 */
class MomentRuleTest {
    private static final ZoneId VILNIUS = ZoneId.of("Europe/Vilnius");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Wednesday 25 November 2026, 10:00 UTC: the same day in Vilnius (12:00) and New York (05:00). */
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    /** 01:00 on Friday 20 November in Vilnius, still Thursday 19 November (18:00) in New York. */
    private static final LocalDateTime LATE_CALL = LocalDateTime.of(2026, 11, 20, 1, 0);

    @TempDir
    Path dir;

    private TimeZone machine;

    @BeforeEach
    void remember() {
        machine = TimeZone.getDefault();
    }

    @AfterEach
    void restore() {
        TimeZone.setDefault(machine);
    }

    /** Opens the journal as a machine set to {@code zone} would. */
    private JournalSession openIn(ZoneId zone, Path file) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        return JournalSession.open(file, Clock.fixed(NOW, zone));
    }

    private record Written(long client, long entry) {
    }

    /** In Vilnius: a late call, then the client's request half an hour later (by the clock: 23:30 UTC). */
    private Written writeInVilnius(Path file) {
        try (JournalSession s = openIn(VILNIUS, file)) {
            s.ledger().saveWorkingHours(WorkingHours.defaults(VILNIUS));
            Client acme = s.clients().save(Client.create("Acme"));
            Interaction call = s.interactions().save(new Interaction(0, acme.id(), LATE_CALL, Channel.CALL, "Late call", "", "",
                    List.of(), null, List.of()));
            Request r = Request.create(acme.id(), Instant.parse("2026-11-19T23:30:00Z"), List.of("Price?"));
            s.ledger().save(r.acknowledged(Instant.parse("2026-11-20T08:00:00Z")));
            return new Written(acme.id(), call.id());
        }
    }

    @Test
    void anEntryWrittenInVilniusReadsAsWrittenInNewYorkAndIsOrderedByItsInstant() {
        Path file = dir.resolve("j.rapport");
        Written w = writeInVilnius(file);
        try (JournalSession s = openIn(NEW_YORK, file)) {
            Interaction call = s.interactions().find(w.entry()).orElseThrow();
            assertThat(call.occurredAt()).isEqualTo(LATE_CALL);
            assertThat(call.zone()).isEqualTo(VILNIUS);
            assertThat(call.instant()).isEqualTo(Instant.parse("2026-11-19T23:00:00Z"));
            assertThat(Moments.withPlace("01:00", call.zone())).isEqualTo("01:00 (Vilnius)");
            assertThat(Moments.withPlace("18:00", NEW_YORK)).isEqualTo("18:00");

            // the request came half an hour after the call, though New York's clock read 18:30 on the day before
            List<JournalEntry> entries = s.interactions().forClient(w.client(), 10, 0);
            List<ClientTimeline.Item> timeline = ClientTimeline.merge(entries, true, List.of(), List.of(),
                    s.ledger().requests(w.client()), NEW_YORK);
            assertThat(timeline).extracting(i -> i.getClass().getSimpleName(), ClientTimeline.Item::at).containsExactly(
                    tuple("RequestReceived", LocalDateTime.of(2026, 11, 20, 1, 30)),
                    tuple("Entry", LATE_CALL));

            // written in New York at 20:00 on the 19th: an hour after the Vilnius call by the instant, so newer
            Interaction evening = s.interactions().save(new Interaction(0, w.client(), LocalDateTime.of(2026, 11, 19, 20, 0),
                    Channel.VIDEO, "Evening call", "", "", List.of(), null, List.of()));
            assertThat(evening.zone()).isEqualTo(NEW_YORK);
            assertThat(s.interactions().forClient(w.client(), 10, 0)).extracting(e -> e.interaction().title())
                    .containsExactly("Evening call", "Late call");
            // the latest contact is the newest by instant, on the day it was written
            ClientOverview acme = s.clients().overview(w.client()).orElseThrow();
            assertThat(acme.lastContact()).isEqualTo(LocalDate.of(2026, 11, 19));
            assertThat(acme.daysSinceLastContact()).isEqualTo(6);
        }
    }

    @Test
    void theFiguresDoNotMoveWithTheReadersZone() {
        Path file = dir.resolve("j.rapport");
        Written w = writeInVilnius(file);
        LedgerFigures.Requests inVilnius;
        ClientOverview seenInVilnius;
        try (JournalSession s = openIn(VILNIUS, file)) {
            inVilnius = s.ledger().figures(w.client(), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)).requests();
            seenInVilnius = s.clients().overview(w.client()).orElseThrow();
        }
        try (JournalSession s = openIn(NEW_YORK, file)) {
            LedgerFigures.Requests inNewYork = s.ledger().figures(w.client(), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))
                    .requests();
            ClientOverview seenInNewYork = s.clients().overview(w.client()).orElseThrow();
            // received 01:30 Friday in Vilnius, acknowledged 10:00: one working hour, wherever it is read
            assertThat(inVilnius.medianHoursToAcknowledge()).isEqualTo(1.0);
            assertThat(inNewYork).isEqualTo(inVilnius);
            // the call was on the 20th where it was written, five days before the 25th, wherever it is read
            assertThat(seenInVilnius.lastContact()).isEqualTo(LocalDate.of(2026, 11, 20));
            assertThat(seenInNewYork.lastContact()).isEqualTo(seenInVilnius.lastContact());
            assertThat(seenInNewYork.daysSinceLastContact()).isEqualTo(5);
            assertThat(seenInNewYork.rhythmState()).isEqualTo(seenInVilnius.rhythmState());
        }
    }

    @Test
    void theJsonExportKeepsTheInstantAndTheZoneThroughAnImportOnAnotherMachine() {
        Path file = dir.resolve("j.rapport");
        Written w = writeInVilnius(file);
        byte[] exported;
        try (JournalSession s = openIn(VILNIUS, file)) {
            s.meetings().store(List.of(new Meeting(0, "u1", w.client(), "Plan", LocalDateTime.of(2026, 11, 27, 14, 0),
                    LocalDateTime.of(2026, 11, 27, 15, 0), "", List.of(), null)));
            exported = JsonExportTest.export(s);
        }
        assertThat(new String(exported, StandardCharsets.UTF_8))
                .contains("\"occurred_at\":\"2026-11-20T01:00\"")
                .contains("\"occurred_utc\":\"2026-11-19T23:00:00Z\"")
                .contains("\"zone\":\"Europe/Vilnius\"")
                .contains("\"starts_utc\":\"2026-11-27T12:00:00Z\"");
        try (JournalSession s = openIn(NEW_YORK, dir.resolve("copy.rapport"))) {
            s.data().apply(s.data().readJson(new ByteArrayInputStream(exported)), false, false, n -> { });
            Interaction call = s.interactions().find(w.entry()).orElseThrow();
            assertThat(call.moment()).isEqualTo(LATE_CALL.atZone(VILNIUS));
            Meeting plan = s.meetings().thisWeek().get(0);
            assertThat(plan.startsAt()).isEqualTo(LocalDateTime.of(2026, 11, 27, 14, 0));
            assertThat(plan.zone()).isEqualTo(VILNIUS);
            assertThat(s.ledger().requests(w.client()).get(0).zone()).isEqualTo(VILNIUS);
            assertThat(JsonExportTest.export(s)).isEqualTo(exported);
        }
    }

    @Test
    void anOlderExportWithoutZonesIsReadAsWrittenOnTheImportingMachine() {
        String older = """
                {"format": "rapport-journal", "version": 1, "schema": 11, "tables": {
                "client": [{"id": 1, "name": "Acme"}],
                "interaction": [{"id": 1, "client_id": 1, "occurred_at": "2026-11-20T01:00", "channel": "CALL", "title": "Late call"}],
                "request": [{"id": 1, "client_id": 1, "received_at": "2026-11-19T23:30:00Z", "channel": "EMAIL", "subject": "Price?"}],
                "meeting": [{"id": 1, "uid": "u1", "client_id": 1, "title": "Plan", "starts_at": "2026-11-27T14:00", "ends_at": "2026-11-27T15:00"}]
                }}
                """;
        try (JournalSession s = openIn(NEW_YORK, dir.resolve("j.rapport"))) {
            s.data().apply(s.data().readJson(new ByteArrayInputStream(older.getBytes(StandardCharsets.UTF_8))), false, false, n -> { });
            Interaction call = s.interactions().find(1).orElseThrow();
            assertThat(call.occurredAt()).isEqualTo(LATE_CALL);
            assertThat(call.zone()).isEqualTo(NEW_YORK);
            assertThat(call.instant()).isEqualTo(Instant.parse("2026-11-20T06:00:00Z"));
            assertThat(s.ledger().requests(1L).get(0).zone()).isEqualTo(NEW_YORK);
            Meeting plan = s.meetings().thisWeek().get(0);
            assertThat(plan.startsInstant()).isEqualTo(Instant.parse("2026-11-27T19:00:00Z"));
            assertThat(new String(JsonExportTest.export(s), StandardCharsets.UTF_8))
                    .contains("\"occurred_utc\":\"2026-11-20T06:00:00Z\",\"zone\":\"America/New_York\"");
        }
    }

    @Test
    void aDocumentWhoseTimeInstantAndZoneDisagreeIsRefusedNamingTheField() {
        String broken = """
                {"format": "rapport-journal", "version": 1, "schema": 12, "tables": {
                "client": [{"id": 1, "name": "Acme"}],
                "interaction": [{"id": 1, "client_id": 1, "occurred_at": "2026-11-20T09:00", "channel": "CALL", "title": "Call",
                  "occurred_utc": "2026-11-20T09:00:00Z", "zone": "Europe/Vilnius"}]
                }}
                """;
        try (JournalSession s = openIn(VILNIUS, dir.resolve("j.rapport"))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.data().readJson(
                    new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))))
                    .hasMessageContaining("occurred_at")
                    .hasMessageContaining(dev.rapport.i18n.I18n.t("validation.momentMismatch", "occurred_at", "2026-11-20T09:00",
                            "2026-11-20T09:00:00Z", "Europe/Vilnius"));
        }
    }
}
