package dev.rapport.logic;

import dev.rapport.i18n.I18n;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Interaction;
import dev.rapport.model.Meeting;
import dev.rapport.model.Notice;
import dev.rapport.model.Promise;
import dev.rapport.model.TodayItem;
import dev.rapport.model.ValidationException;
import dev.rapport.model.WriteUp;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * After a meeting (issue 23): an ended meeting with a client's people waits as a write-up, one per client,
 * until an entry writes it up (linked, and counted as a contact) or it is dismissed; its notice comes ten
 * minutes after the end, once, also across a restart. The clock is moved by hand: nothing sleeps.
 */
class WriteUpServiceTest {
    private static final ZoneId VILNIUS = ZoneId.of("Europe/Vilnius");

    @TempDir
    Path dir;

    private final Hands clock = new Hands(ZonedDateTime.of(2026, 11, 25, 11, 15, 0, 0, VILNIUS).toInstant(), VILNIUS);
    private JournalSession session;
    private Client baltic;
    private Client dnipro;
    private Contact sarunas;
    private Contact rasa;
    private Contact olena;

    @BeforeEach
    void journal() {
        session = JournalSession.open(dir.resolve("j.rapport"), clock);
        baltic = session.clients().save(Client.create("Baltic Freight Lines"));
        dnipro = session.clients().save(Client.create("Dnipro Foods"));
        sarunas = session.contacts().save(Contact.create(baltic.id(), "Šarūnas Žemaitis"));
        rasa = session.contacts().save(Contact.create(baltic.id(), "Rasa Petraitė"));
        olena = session.contacts().save(Contact.create(dnipro.id(), "Олена Коваленко"));
    }

    @AfterEach
    void close() {
        session.close();
    }

    private Meeting meeting(String uid, String title, ZonedDateTime start, ZonedDateTime end, long clientId, Contact... people) {
        return session.meetings().store(List.of(new Meeting(0, uid, clientId, title, start, end, "",
                java.util.Arrays.stream(people).map(Contact::id).toList(), null))).get(0);
    }

    private ZonedDateTime at(int hour, int minute) {
        return ZonedDateTime.of(2026, 11, 25, hour, minute, 0, 0, VILNIUS);
    }

    private Interaction entryFor(WriteUp w) {
        return new Interaction(0, w.clientId(), w.starts(), Channel.MEETING, w.title(), "Agreed the depot plan", "", List.of(), null,
                w.contactIds());
    }

    @Test
    void anEndedMeetingWaitsUntilItsEntryWritesItUpAndTheEntryCountsForTheRhythm() {
        Meeting steerco = meeting("steerco", "Steering committee", at(10, 0), at(11, 0), baltic.id(), sarunas, rasa);
        meeting("later", "Depot walk", at(14, 0), at(15, 0), baltic.id(), sarunas);

        List<WriteUp> waiting = session.writeUps().pending();
        assertThat(waiting).extracting(WriteUp::meetingId, WriteUp::clientId, WriteUp::title, WriteUp::people)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(steerco.id(), baltic.id(), "Steering committee",
                        List.of("Šarūnas Žemaitis", "Rasa Petraitė")));
        WriteUp w = waiting.get(0);
        assertThat(w.duration()).isEqualTo(Duration.ofMinutes(60));
        TodayItem row = todayWriteUps().get(0);
        assertThat(row.title()).isEqualTo(I18n.t("writeup.today.title", "Steering committee"));
        assertThat(row.group()).isEqualTo(TodayItem.Group.TODAY);
        assertThat(row.minutesLate()).isEqualTo(15);
        assertThat(session.clients().overview(baltic.id()).orElseThrow().lastContact()).isNull();

        ConversationService.Logged logged = session.writeUps().save(w, entryFor(w),
                List.of(Promise.create(baltic.id(), "Send the revised depot plan", LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 27))),
                List.of(), List.of(), 45);

        assertThat(session.writeUps().pending()).isEmpty();
        assertThat(todayWriteUps()).isEmpty();
        assertThat(session.writeUps().ofEntry(logged.entry().id())).get()
                .extracting(s -> s.meetingId(), s -> s.clientId(), s -> s.minutes()).containsExactly(steerco.id(), baltic.id(), 45);
        assertThat(session.conversations().promises(logged.entry().id())).extracting(Promise::what).containsExactly("Send the revised depot plan");
        // the entry is an interaction like any other: the rhythm counts it as today's contact
        assertThat(session.clients().overview(baltic.id()).orElseThrow().daysSinceLastContact()).isZero();
        assertThat(session.interactions().find(logged.entry().id())).get().extracting(Interaction::moment).isEqualTo(at(10, 0));
    }

    @Test
    void aMeetingOfTwoClientsPeopleAsksForOneWriteUpPerClientAndAnEntryMustKeepItsClient() {
        Meeting joint = meeting("joint", "Supplier audit", at(9, 0), at(10, 30), baltic.id(), sarunas, olena);

        List<WriteUp> waiting = session.writeUps().pending();
        assertThat(waiting).extracting(WriteUp::clientId, WriteUp::contactIds)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(baltic.id(), List.of(sarunas.id())),
                        org.assertj.core.groups.Tuple.tuple(dnipro.id(), List.of(olena.id())));
        WriteUp forDnipro = waiting.get(1);
        Interaction wrongClient = new Interaction(0, baltic.id(), forDnipro.starts(), Channel.MEETING, "Audit", "", "", List.of(), null, List.of());
        assertThatThrownBy(() -> session.writeUps().save(forDnipro, wrongClient, List.of(), List.of(), List.of(), null))
                .isInstanceOf(ValidationException.class).hasMessage(I18n.t("writeup.validation.otherClient"));
        assertThat(session.interactions().count(new dev.rapport.model.JournalFilter(null, null, null, null, null))).isZero();

        session.writeUps().save(forDnipro, entryFor(forDnipro), List.of(), List.of(), List.of(), null);
        assertThat(session.writeUps().pending()).extracting(WriteUp::meetingId, WriteUp::clientId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(joint.id(), baltic.id()));
    }

    @Test
    void aDismissedWriteUpLeavesAndUndoBringsItBack() {
        meeting("steerco", "Steering committee", at(10, 0), at(11, 0), baltic.id(), sarunas);
        WriteUp w = session.writeUps().pending().get(0);

        session.writeUps().dismiss(w);
        assertThat(session.writeUps().pending()).isEmpty();
        session.writeUps().restore(w);
        assertThat(session.writeUps().pending()).extracting(WriteUp::key).containsExactly(w.key());
    }

    @Test
    void aWriteUpWaitsTwoWeeksAtMost() {
        meeting("old", "Old review", at(10, 0).minusDays(15), at(11, 0).minusDays(15), baltic.id(), sarunas);
        meeting("recent", "Recent review", at(10, 0).minusDays(13), at(11, 0).minusDays(13), baltic.id(), sarunas);

        assertThat(session.writeUps().pending()).extracting(WriteUp::title).containsExactly("Recent review");
    }

    @Test
    void theNoticeComesTenMinutesAfterTheEndOnceAndNotAgainAfterARestart() {
        meeting("steerco", "Steering committee", at(10, 0), at(11, 0), baltic.id(), sarunas);
        clock.set(at(11, 9).plusSeconds(59).toInstant());
        assertThat(session.notices().take()).noneMatch(Notice::isWriteUp);

        clock.set(at(11, 10).toInstant());
        List<Notice> first = session.notices().take();
        assertThat(first).filteredOn(Notice::isWriteUp).extracting(Notice::title, Notice::text, Notice::clientId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(I18n.t("writeup.notice.title", "Steering committee"),
                        I18n.t("writeup.notice.text", "Baltic Freight Lines", "11:00"), baltic.id()));
        clock.set(at(11, 30).toInstant());
        assertThat(session.notices().take()).noneMatch(Notice::isWriteUp);

        session.close();
        session = JournalSession.open(dir.resolve("j.rapport"), clock);
        assertThat(session.notices().take()).as("remembered in the journal").noneMatch(Notice::isWriteUp);
        assertThat(session.writeUps().pending()).as("the write-up itself still waits").hasSize(1);
    }

    @Test
    void acrossTheEndOfSummerTimeTheTimesLengthAndNoticeMomentAreExact() {
        // Vilnius, Sunday 25 Oct 2026: at 04:00 summer time (+03:00) the clocks go back to 03:00 (+02:00),
        // so 03:30 comes twice. The meeting begins at the first 03:30 and ends at the second.
        ZonedDateTime start = ZonedDateTime.parse("2026-10-25T03:30+03:00[Europe/Vilnius]");
        ZonedDateTime end = ZonedDateTime.parse("2026-10-25T03:30+02:00[Europe/Vilnius]");
        clock.set(Instant.parse("2026-10-25T01:39:00Z"));
        meeting("dst", "Night shift handover", start, end, baltic.id(), sarunas);

        WriteUp w = session.writeUps().pending().get(0);
        assertThat(w.starts().toOffsetDateTime()).hasToString("2026-10-25T03:30+03:00");
        assertThat(w.ends().toOffsetDateTime()).hasToString("2026-10-25T03:30+02:00");
        assertThat(w.duration()).isEqualTo(Duration.ofHours(1));
        assertThat(w.noticeAt()).isEqualTo(Instant.parse("2026-10-25T01:40:00Z"));
        assertThat(session.notices().take()).noneMatch(Notice::isWriteUp);
        clock.set(Instant.parse("2026-10-25T01:40:00Z"));
        assertThat(session.notices().take()).filteredOn(Notice::isWriteUp).hasSize(1);
    }

    @Test
    void meetingsTodayAndTomorrowStayOnTodayOnceBriefedAndTheBriefNamesTheNextMeeting() {
        Meeting tomorrow = meeting("tomorrow", "Steering committee", at(10, 0).plusDays(1), at(11, 0).plusDays(1), baltic.id(), sarunas, rasa);
        Meeting later = meeting("later", "Board preparation", at(10, 0).plusDays(3), at(11, 0).plusDays(3), baltic.id(), sarunas);
        session.meetings().briefOpened(baltic.id());

        List<TodayItem> meetings = session.todayList().today().items().stream()
                .filter(i -> i.kind() == TodayItem.Kind.MEETING_BRIEFED || i.kind() == TodayItem.Kind.MEETING_UNBRIEFED).toList();
        assertThat(meetings).extracting(TodayItem::kind, TodayItem::itemId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TodayItem.Kind.MEETING_BRIEFED, tomorrow.id()));
        assertThat(meetings.get(0).detail()).endsWith(I18n.t("writeup.today.briefed"));
        assertThat(session.meetings().meeting(later.id()).briefed()).as("briefed too, but three days away").isTrue();

        Brief brief = session.reports().brief(baltic.id());
        assertThat(brief.nextMeeting()).isNotNull();
        assertThat(brief.nextMeeting().title()).isEqualTo("Steering committee");
        assertThat(brief.nextMeeting().starts()).isEqualTo(at(10, 0).plusDays(1));
        assertThat(brief.nextMeeting().with()).containsExactly("Šarūnas Žemaitis", "Rasa Petraitė");
        assertThat(dev.rapport.export.BriefRenderer.subtitle(brief)).endsWith(I18n.t("brief.nextMeetingWith",
                java.time.format.DateTimeFormatter.ofPattern("EEE", I18n.messages().locale()).format(at(10, 0).plusDays(1)),
                dev.rapport.i18n.LocalFormats.date(LocalDate.of(2026, 11, 26), I18n.messages().locale()), "10:00" + place(),
                "Šarūnas Žemaitis, Rasa Petraitė", "Steering committee"));
        assertThat(session.reports().brief(dnipro.id()).nextMeeting()).isNull();
    }

    /** " (Vilnius)" unless this machine is in Vilnius's zone. */
    private static String place() {
        String p = dev.rapport.model.Moments.placeIfElsewhere(VILNIUS);
        return p.isEmpty() ? "" : " (" + p + ")";
    }

    private List<TodayItem> todayWriteUps() {
        return TodayPage.of(session).items(TodayPage.Section.WRITE_UPS);
    }

    /** A clock the test moves. */
    static final class Hands extends Clock {
        private Instant now;
        private final ZoneId zone;

        Hands(Instant now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return new Hands(now, z);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
