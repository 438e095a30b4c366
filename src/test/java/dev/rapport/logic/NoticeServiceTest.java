package dev.rapport.logic;

import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.DatedEvent;
import dev.rapport.model.Notice;
import dev.rapport.model.Promise;
import dev.rapport.model.Request;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Notices: promises due today, requests within an hour of their acknowledgement target, today's dates; each once. */
class NoticeServiceTest {
    // Wednesday 25 November 2026, 10:00 UTC; working hours 09:00–18:00 UTC.
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("UTC"));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;
    JournalSession session;
    Client acme;

    @BeforeEach
    void open() {
        session = JournalSession.open(dir.resolve("j.rapport"), CLOCK);
        acme = session.clients().save(Client.create("Acme"));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void eachNoticeIsHandedOutOnceAndTheSettingSwitchesThemOff() {
        session.ledger().save(Promise.create(acme.id(), "Send the plan", TODAY.minusDays(3), TODAY));
        session.ledger().save(Promise.create(acme.id(), "Tomorrow's", TODAY, TODAY.plusDays(1)));
        // received 09:00, acknowledge within 2 working hours → 11:00: within the hour ahead
        session.ledger().save(Request.create(acme.id(), Instant.parse("2026-11-25T09:00:00Z"), List.of("Is the pilot on?")));
        // received 08:00 yesterday → due yesterday 11:00: already late, Today shows it, no notice
        session.ledger().save(Request.create(acme.id(), Instant.parse("2026-11-24T08:00:00Z"), List.of("Old one?")));
        Contact ann = session.contacts().save(Contact.create(acme.id(), "Ann Lee"));
        session.dates().save(new DatedEvent(0, acme.id(), ann.id(), DatedEvent.Kind.BIRTHDAY, LocalDate.of(1990, 11, 25), "", ""));

        List<Notice> first = session.notices().take();
        assertThat(first).extracting(n -> n.title() + " | " + n.text()).containsExactly(
                "Promise due today | Acme: Send the plan",
                "Acknowledge by 11:00 | Acme: Is the pilot on?",
                "Today | Acme: Birthday: Ann Lee");
        assertThat(session.notices().take()).isEmpty();

        session.ledger().save(Promise.create(acme.id(), "Another", TODAY, TODAY));
        session.notices().setEnabled(false);
        assertThat(session.notices().enabled()).isFalse();
        assertThat(session.notices().take()).isEmpty();
        session.notices().setEnabled(true);
        assertThat(session.notices().take()).extracting(Notice::text).containsExactly("Acme: Another");
    }
}
