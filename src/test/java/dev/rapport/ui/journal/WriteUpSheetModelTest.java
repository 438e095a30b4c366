package dev.rapport.ui.journal;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Interaction;
import dev.rapport.model.Meeting;
import dev.rapport.model.ValidationException;
import dev.rapport.model.WriteUp;
import dev.rapport.ui.UiTestSupport;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The write-up sheet without a window: what it is filled in with, how it reads the length typed, and what its save links. */
class WriteUpSheetModelTest {
    @TempDir
    Path dir;

    private JournalSession session;

    @AfterEach
    void close() {
        session.close();
    }

    private WriteUpSheetModel sheetFor(Clock clock, ZonedDateTime start, ZonedDateTime end) {
        session = JournalSession.open(dir.resolve("j.rapport"), clock);
        Client baltic = session.clients().save(Client.create("Baltic Freight Lines"));
        Contact sarunas = session.contacts().save(Contact.create(baltic.id(), "Šarūnas Žemaitis"));
        session.contacts().save(Contact.create(baltic.id(), "Rasa Petraitė"));
        session.meetings().store(List.of(new Meeting(0, "steerco", baltic.id(), "Steering committee", start, end, "",
                List.of(sarunas.id()), null)));
        WriteUp w = session.writeUps().pending().get(0);
        return new WriteUpSheetModel(session, w);
    }

    @Test
    void theSheetIsFilledInFromTheMeetingAndItsSaveLinksTheEntry() {
        ZonedDateTime start = ZonedDateTime.of(2026, 11, 25, 11, 0, 0, 0, ZoneId.of("Europe/Vilnius"));
        WriteUpSheetModel sheet = sheetFor(UiTestSupport.CLOCK, start, start.plusMinutes(50));

        assertThat(sheet.date()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(sheet.time()).isEqualTo("11:00");
        assertThat(sheet.minutes()).isEqualTo("50");
        assertThat(sheet.channel()).isEqualTo(Channel.MEETING);
        assertThat(sheet.title()).isEqualTo("Steering committee");
        assertThat(sheet.present()).containsExactlyElementsOf(sheet.writeUp().contactIds()).hasSize(1);
        assertThat(sheet.clientId()).isEqualTo(sheet.writeUp().clientId());
        assertThat(sheet.moment(LocalDateTime.of(2026, 11, 25, 11, 0))).isEqualTo(start);

        Interaction entry = new Interaction(0, sheet.clientId(), sheet.moment(LocalDateTime.of(2026, 11, 25, 11, 0)), sheet.channel(),
                sheet.title(), "", "", List.of(), null, List.copyOf(sheet.present()));
        Interaction stored = sheet.save(entry, List.of(), List.of(), List.of(), sheet.minutes("40")).entry();
        assertThat(session.writeUps().ofEntry(stored.id())).get().extracting(s -> s.minutes()).isEqualTo(40);
        assertThat(stored.zone()).isEqualTo(ZoneId.of("Europe/Vilnius"));
        assertThat(session.writeUps().pending()).isEmpty();
    }

    @Test
    void theLengthIsMinutesOrNothingAndAnythingElseIsRefusedNamingTheField() {
        ZonedDateTime start = ZonedDateTime.of(2026, 11, 25, 9, 0, 0, 0, ZoneId.of("UTC"));
        WriteUpSheetModel sheet = sheetFor(UiTestSupport.CLOCK, start, start.plusMinutes(30));

        assertThat(sheet.minutes(" 45 ")).isEqualTo(45);
        assertThat(sheet.minutes("")).isNull();
        assertThatThrownBy(() -> sheet.minutes("an hour")).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.field()).isEqualTo("minutes");
            assertThat(e.getMessage()).isEqualTo(I18n.t("writeup.form.badDuration", "an hour"));
        });
        assertThatThrownBy(() -> sheet.minutes("-5")).isInstanceOf(ValidationException.class);
    }

    @Test
    void aTimeThatComesTwiceAtTheEndOfSummerTimeKeepsTheMeetingsOwnOffset() {
        ZonedDateTime start = ZonedDateTime.parse("2026-10-25T03:30+02:00[Europe/Vilnius]"); // the second 03:30
        WriteUpSheetModel sheet = sheetFor(Clock.fixed(Instant.parse("2026-10-25T03:00:00Z"), ZoneId.of("Europe/Vilnius")), start,
                start.plusMinutes(20));

        assertThat(sheet.time()).isEqualTo("03:30");
        assertThat(sheet.moment(LocalDateTime.of(2026, 10, 25, 3, 30))).isEqualTo(start);
        assertThat(sheet.moment(LocalDateTime.of(2026, 10, 25, 3, 30)).toInstant()).isEqualTo(Instant.parse("2026-10-25T01:30:00Z"));
    }
}
