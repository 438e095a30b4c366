package dev.rapport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Meeting;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** `rapport today` lists the meetings waiting for their write-up: in the JSON with exact times, and as lines of text. */
class TodayWriteUpsCommandTest {
    private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static Meeting store(JournalSession s, String uid, String title, ZonedDateTime start, ZonedDateTime end) {
        Client client = s.clients().save(Client.create("Carpați Logistic"));
        Contact ioana = s.contacts().save(Contact.create(client.id(), "Ioana Popescu"));
        return s.meetings().store(List.of(new Meeting(0, uid, client.id(), title, start, end, "", List.of(ioana.id()), null))).get(0);
    }

    @Test
    void aMeetingThatEndedAQuarterOfAnHourAgoIsListedWithItsTimesClientAndPeople() throws Exception {
        Path file = dir.resolve("j.rapport");
        // the command reads the machine's clock: the meeting ended 15 minutes before now, in Bucharest
        ZonedDateTime end = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(15, ChronoUnit.MINUTES).atZone(BUCHAREST);
        ZonedDateTime start = end.minusMinutes(45);
        try (JournalSession s = JournalSession.open(file)) {
            store(s, "weekly@carpati", "Weekly sync", start, end);
        }

        assertThat(RapportCommand.run(new String[] {"today", "--json", "--journal", file.toString()}, (j, d) -> { },
                new PrintWriter(out, true), new PrintWriter(err, true))).as(err.toString()).isZero();
        JsonNode writeUps = new ObjectMapper().readTree(out.toString()).get("writeUps");
        assertThat(writeUps).hasSize(1);
        JsonNode w = writeUps.get(0);
        assertThat(w.get("kind").asText()).isEqualTo("write-up");
        assertThat(w.get("meetingUid").asText()).isEqualTo("weekly@carpati");
        assertThat(w.get("title").asText()).isEqualTo("Weekly sync");
        assertThat(w.get("start").asText()).isEqualTo(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(start));
        assertThat(w.get("end").asText()).isEqualTo(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(end));
        assertThat(ZonedDateTime.parse(w.get("end").asText()).toInstant()).isEqualTo(end.toInstant());
        assertThat(w.get("minutes").asLong()).isEqualTo(45);
        assertThat(w.get("client").asText()).isEqualTo("Carpați Logistic");
        assertThat(w.get("people")).extracting(JsonNode::asText).containsExactly("Ioana Popescu");

        out.getBuffer().setLength(0);
        assertThat(RapportCommand.run(new String[] {"today", "--journal", file.toString()}, (j, d) -> { },
                new PrintWriter(out, true), new PrintWriter(err, true))).isZero();
        assertThat(out.toString().lines()).anySatisfy(line -> assertThat(line.split("\t")).startsWith("today", "write-up",
                "Carpați Logistic", I18n.t("writeup.today.title", "Weekly sync")));
    }

    @Test
    void acrossTheEndOfSummerTimeTheJsonTimesAreExact() {
        // Bucharest, Sunday 25 Oct 2026: at 04:00 (+03:00) the clocks go back to 03:00 (+02:00). The meeting runs
        // from 03:15 summer time to 03:15 winter time: one hour, although both ends read 03:15.
        ZonedDateTime start = ZonedDateTime.parse("2026-10-25T03:15+03:00[Europe/Bucharest]");
        ZonedDateTime end = ZonedDateTime.parse("2026-10-25T03:15+02:00[Europe/Bucharest]");
        Clock clock = Clock.fixed(Instant.parse("2026-10-25T01:30:00Z"), BUCHAREST);
        try (JournalSession s = JournalSession.open(dir.resolve("dst.rapport"), clock)) {
            store(s, "night@carpati", "Night shift handover", start, end);
            List<Map<String, Object>> json = TodayCommand.writeUps(s.writeUps().pending(), s);

            assertThat(json).hasSize(1);
            Map<String, Object> w = json.get(0);
            assertThat(w).containsEntry("start", "2026-10-25T03:15:00+03:00").containsEntry("end", "2026-10-25T03:15:00+02:00")
                    .containsEntry("minutes", 60L).containsEntry("noticeAt", "2026-10-25T03:25:00+02:00")
                    .containsEntry("zone", "Europe/Bucharest");
            assertThat(Instant.from(DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse((String) w.get("noticeAt"))))
                    .isEqualTo(Instant.parse("2026-10-25T01:25:00Z"));
        }
    }
}
