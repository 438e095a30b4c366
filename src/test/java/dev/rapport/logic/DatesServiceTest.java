package dev.rapport.logic;

import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.DatedEvent;
import dev.rapport.model.DatedEvent.Kind;
import dev.rapport.model.TodayItem;
import dev.rapport.model.ValidationException;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatesServiceTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("UTC"));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;
    JournalSession session;
    Client acme;
    Contact ann;

    @BeforeEach
    void open() {
        session = JournalSession.open(dir.resolve("j.rapport"), CLOCK);
        acme = session.clients().save(Client.create("Acme"));
        ann = session.contacts().save(Contact.create(acme.id(), "Ann Lee"));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @ParameterizedTest(name = "{0} {1} from {2}: next {3}")
    @CsvSource({
            "BIRTHDAY, 1980-11-27, 2026-11-25, 2026-11-27",
            "BIRTHDAY, 1980-11-25, 2026-11-25, 2026-11-25",
            "BIRTHDAY, 1980-01-03, 2026-11-25, 2027-01-03",
            "BIRTHDAY, 1988-02-29, 2026-02-01, 2026-02-28",
            "BIRTHDAY, 1988-02-29, 2028-02-01, 2028-02-29",
            "MET, 2027-03-01, 2026-11-25, 2027-03-01",
            "RENEWAL, 2026-12-01, 2026-11-25, 2026-12-01",
            "RENEWAL, 2026-11-24, 2026-11-25, none"})
    void nextOccurrence(Kind kind, LocalDate on, LocalDate from, String next) {
        DatedEvent e = new DatedEvent(0, 1, kind.person() ? 1L : null, kind, on, "", "");
        assertThat(e.nextOn(from).map(LocalDate::toString).orElse("none")).isEqualTo(next);
    }

    @Test
    void upcomingDatesShowOnTodayWithinTheWeek() {
        session.dates().save(new DatedEvent(0, acme.id(), ann.id(), Kind.BIRTHDAY, LocalDate.of(1985, 11, 27), "", ""));
        session.dates().save(new DatedEvent(0, acme.id(), ann.id(), Kind.MET, LocalDate.of(2023, 11, 25), "At the Riga logistics fair",
                "Introduced by Jānis"));
        session.dates().save(new DatedEvent(0, acme.id(), null, Kind.RENEWAL, LocalDate.of(2026, 12, 1), "Support contract", ""));
        session.dates().save(new DatedEvent(0, acme.id(), null, Kind.EVENT, LocalDate.of(2026, 12, 10), "New CEO starts", ""));
        session.dates().save(new DatedEvent(0, acme.id(), null, Kind.ENGAGEMENT_END, LocalDate.of(2026, 11, 1), "", ""));

        assertThat(session.dates().upcoming(30)).extracting(u -> u.on() + " " + u.title()).containsExactly(
                "2026-11-25 Met Ann Lee 3 years ago", "2026-11-27 Birthday: Ann Lee", "2026-12-01 Contract renewal: Support contract",
                "2026-12-10 New CEO starts");
        assertThat(session.todayList().today().items()).filteredOn(i -> i.kind() == TodayItem.Kind.DATE_COMING)
                .extracting(i -> i.group() + " " + i.title() + " · " + i.detail()).containsExactly(
                        "TODAY Met Ann Lee 3 years ago · Today",
                        "THIS_WEEK Birthday: Ann Lee · On Nov 27, 2026, in 2 days",
                        "THIS_WEEK Contract renewal: Support contract · On Dec 1, 2026, in 6 days");
        session.clients().archive(acme.id(), true);
        assertThat(session.dates().upcoming(30)).isEmpty();
    }

    @Test
    void badDatesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new DatedEvent(0, acme.id(), null, Kind.BIRTHDAY, TODAY, "", ""))
                .isInstanceOf(ValidationException.class).extracting(e -> ((ValidationException) e).field()).isEqualTo("contact");
        assertThatThrownBy(() -> new DatedEvent(0, acme.id(), null, Kind.EVENT, TODAY, " ", ""))
                .isInstanceOf(ValidationException.class).extracting(e -> ((ValidationException) e).field()).isEqualTo("label");
        Client other = session.clients().save(Client.create("Other"));
        assertThatThrownBy(() -> session.dates().save(new DatedEvent(0, other.id(), ann.id(), Kind.BIRTHDAY, TODAY, "", "")))
                .isInstanceOf(ValidationException.class);
    }
}
