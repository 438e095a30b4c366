package dev.rapport.mail;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.MailIntake;
import dev.rapport.logic.MailReport;
import dev.rapport.logic.WorkingTime;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.Interaction;
import dev.rapport.model.JournalEntry;
import dev.rapport.model.LedgerFigures;
import dev.rapport.model.Request;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The corpus (49 .eml files written for these tests and one Outlook .msg written by POI) imports
 * into the entries, requests and times a consultant would expect, once.
 */
class MailCorpusTest {
    @TempDir
    Path dir;

    private MailFixture f;
    private Path corpus;

    @BeforeEach
    void setUp() throws Exception {
        I18n.use(dev.rapport.i18n.Language.ENGLISH);
        f = new MailFixture(dir);
        corpus = MailFixture.corpus(dir);
    }

    @AfterEach
    void tearDown() {
        f.session.close();
    }

    @Test
    void theCorpusBecomesTheEntriesRequestsAndTimesAPersonExpects() {
        MailReport report = f.importFiles(List.of(corpus), true, false);

        // 50 files: the broken one is refused with one line naming it; two list mails and one stranger's are not entries.
        assertThat(report.files()).isEqualTo(50);
        assertThat(report.failures()).extracting(MailReport.Failure::file).containsExactly("t09-01-broken-mime.eml");
        assertThat(report.failures().get(0).message()).isEqualTo(I18n.t("mail.error.line", "t09-01-broken-mime.eml",
                I18n.t("mail.reason.brokenMime")));
        Map<String, MailIntake.Outcome> by = report.outcomes().stream()
                .collect(Collectors.toMap(MailIntake.Outcome::source, Function.identity()));
        assertThat(by.get("t07-01-newsletter.eml").status()).isEqualTo(MailIntake.Status.MAILING_LIST);
        assertThat(by.get("t07-02-client-list.eml").status()).isEqualTo(MailIntake.Status.MAILING_LIST);
        assertThat(by.get("t13-01-unmatched.eml").status()).isEqualTo(MailIntake.Status.UNMATCHED);
        assertThat(report.count(MailIntake.Status.IMPORTED)).isEqualTo(46);
        assertThat(f.session.mail().unmatched()).extracting(MailIntake.Waiting::sender)
                .containsExactly("Laura Green <laura@talentfinders.example>");

        // One entry per client per message: the introduction to two clients' people is two entries.
        List<Interaction> all = f.session.interactions().page(dev.rapport.model.JournalFilter.ALL,
                500, 0).stream().map(JournalEntry::interaction).toList();
        assertThat(all).hasSize(47).allSatisfy(e -> {
            assertThat(e.channel()).isEqualTo(Channel.EMAIL);
            assertThat(e.summary()).as("mail text never in the shareable summary").isEmpty();
            assertThat(e.zone()).isEqualTo(MailFixture.BUCHAREST);
        });

        Interaction request = entry(f.northwind, "Rollout plan: two questions before Thursday", Instant.parse("2026-11-03T08:15:00Z"));
        assertThat(request.contactIds()).containsExactly(f.ilona.id());
        assertThat(request.occurredAt()).hasToString("2026-11-03T10:15");
        assertThat(request.privateNotes()).contains("1. Can the warehouse pilot start on 16 November")
                .doesNotContain("+372 5555 0101");
        Interaction answer = entry(f.northwind, "Re: Rollout plan: two questions before Thursday", Instant.parse("2026-11-03T14:40:00Z"));
        assertThat(answer.privateNotes()).contains("BalticLine").doesNotContain("> Hi Dana");

        // Encoded words (Lithuanian UTF-8 base64, ISO-8859-13 Q; Ukrainian; Russian KOI8-R), 8-bit headers, HTML only.
        entry(f.baltic, "Sąmata ir terminai", Instant.parse("2026-11-04T07:30:00Z"));
        entry(f.baltic, "Mokymų vieta Kaune", Instant.parse("2026-11-05T06:45:00Z"));
        entry(f.kyiv, "Питання щодо договору", Instant.parse("2026-11-09T06:20:00Z"));
        assertThat(entry(f.sever, "Запрос: сроки поставки", Instant.parse("2026-11-12T12:05:00Z")).privateNotes())
                .contains("Когда будет готов отчёт по срокам поставки?");
        entry(f.baltic, "Sutartis – paskutinės pataisos", Instant.parse("2026-11-19T12:00:00Z"));
        assertThat(entry(f.brasov, "Ofertă revizuită și instruire", Instant.parse("2026-11-10T09:00:00Z")).privateNotes())
                .contains("Ați putea să ne trimiteți oferta revizuită până joi?")
                .doesNotContain("alert").doesNotContain("tracker.example").doesNotContain("evil.example").doesNotContain("color:red");
        assertThat(entry(f.brasov, "Re: Întrebări despre contract", Instant.parse("2026-12-07T08:30:00Z")).privateNotes())
                .contains("3) Da, cu un act adițional.");

        // Attachments only named; winmail.dat too; a forwarded message is named, its text kept as the sender wrote it.
        assertThat(entry(f.northwind, "Q4 report and volumes", Instant.parse("2026-11-20T14:30:00Z")).privateNotes())
                .contains(I18n.t("mail.notes.attachments", "Q4 report.pdf, apimtys-žiema.xlsx"));
        assertThat(entry(f.northwind, "Minutes 26 November", Instant.parse("2026-11-26T15:00:00Z")).privateNotes()).contains("winmail.dat");
        assertThat(entry(f.northwind, "Fwd: Invoice 2026-114", Instant.parse("2026-11-13T07:12:00Z")).privateNotes())
                .contains("can you check line 3").contains("forwarded message \"Invoice 2026-114\"");

        // No Date header: the file's time, said so in the notes and the report.
        Interaction noDate = entry(f.baltic, "Susitikimo užrašai", MailFixture.NO_DATE_FILE_TIME);
        assertThat(noDate.privateNotes()).contains(I18n.t("mail.notes.noDate"));
        assertThat(by.get("t08-01-no-date.eml").dateFromFile()).isTrue();

        // The Outlook .msg: an entry and a request like any other.
        assertThat(entry(f.northwind, "Carrier tender deadline", Instant.parse("2026-12-10T07:20:00Z")).privateNotes())
                .contains("tender-timeline.pdf");

        // The consultant's own mail is an entry of the client it went to; the introduction one for each client.
        assertThat(entry(f.kyiv, "Звіт за листопад", Instant.parse("2026-11-27T07:00:00Z")).contactIds()).containsExactly(f.olena.id());
        assertThat(entry(f.northwind, "Introduction: Northwind and Baltic Amber", Instant.parse("2026-11-30T08:00:00Z")).contactIds())
                .containsExactly(f.ilona.id());
        assertThat(entry(f.baltic, "Introduction: Northwind and Baltic Amber", Instant.parse("2026-11-30T08:00:00Z")).contactIds())
                .containsExactly(f.sarunas.id());

        // A stranger at Northwind's domain: an entry of Northwind, and offered as a new person.
        assertThat(entry(f.northwind, "Warehouse scanners", Instant.parse("2026-11-23T07:05:00Z")).contactIds()).containsExactly(f.mark.id());
        assertThat(report.offers()).extracting(MailIntake.Offer::email, MailIntake.Offer::clientId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("peter.ost@northwind.example", f.northwind.id()));

        // Requests: every client message that asks something (quotes, signatures and auto-replies ask nothing).
        List<Request> requests = f.session.ledger().requests(null);
        assertThat(requests).hasSize(17);
        assertThat(report.requests(MailIntake.RequestState.ACCEPTED)).isEqualTo(17);
        Request rollout = request(f.northwind, "Rollout plan: two questions before Thursday");
        assertThat(rollout.questions()).containsExactly("Can the warehouse pilot start on 16 November instead of the 23rd?",
                "Which of the three carriers do you recommend for the Baltic routes?");
        assertThat(rollout.contactId()).isEqualTo(f.ilona.id());
        assertThat(rollout.receivedAt()).isEqualTo(Instant.parse("2026-11-03T08:15:00Z"));
        assertThat(rollout.zone()).isEqualTo(MailFixture.BUCHAREST);
        assertThat(request(f.brasov, "Întrebări despre contract").questions()).containsExactly(
                "Contractul include şi mentenanţa?", "Care este termenul de plată?", "Se poate prelungi cu încă un an?");
        assertThat(request(f.baltic, "Sąmata ir terminai").questions()).hasSize(2);
        assertThat(request(f.northwind, "Warehouse scanners").contactId()).isNull();
        assertThat(requests).extracting(Request::subject).doesNotContain("Instruire: participanți (reply)", "Automatic reply: Workshop agenda",
                "Pilot results", "Re: Rollout plan: two questions before Thursday");

        // Reply times (DOMAIN §7): the first reply acknowledges, the last answers; auto-replies never count.
        assertTimes(rollout, "2026-11-03T09:05:00Z", "2026-11-03T14:40:00Z");
        assertTimes(request(f.baltic, "Sąmata ir terminai"), "2026-11-04T11:10:00Z", "2026-11-04T11:10:00Z");
        assertTimes(request(f.kyiv, "Питання щодо договору"), "2026-11-09T12:30:00Z", "2026-11-09T12:30:00Z");
        assertTimes(request(f.brasov, "Ofertă revizuită și instruire"), "2026-11-10T10:15:00Z", "2026-11-11T07:40:00Z");
        assertTimes(request(f.sever, "Запрос: сроки поставки"), "2026-12-04T07:00:00Z", "2026-12-04T07:00:00Z");
        assertTimes(request(f.northwind, "Invoice 2026-114"), "2026-11-13T08:02:00Z", "2026-11-13T08:02:00Z");
        assertTimes(request(f.tom, "Website copy"), "2026-11-25T08:05:00Z", "2026-11-25T08:05:00Z");
        assertTimes(request(f.baltic, "Klausimas dėl sąskaitos"), "2026-12-08T15:45:00Z", "2026-12-09T08:00:00Z");
        assertTimes(request(f.northwind, "Notes from today's call"), "2026-12-03T06:50:00Z", "2026-12-03T06:50:00Z");
        // Two requests in one thread: each is timed by the reply to it, not by the other's.
        List<Request> training = f.session.ledger().requests(f.northwind.id()).stream()
                .filter(r -> r.subject().equals("Training dates")).sorted(java.util.Comparator.comparing(Request::receivedAt)).toList();
        assertThat(training).hasSize(2);
        assertTimes(training.get(0), "2026-12-01T07:40:00Z", "2026-12-01T07:40:00Z");
        assertTimes(training.get(1), "2026-12-01T13:30:00Z", "2026-12-01T13:30:00Z");
        // Not answered yet.
        assertTimes(request(f.northwind, "Warehouse scanners"), null, null);
        assertTimes(request(f.northwind, "Carrier tender deadline"), null, null);
        assertTimes(request(f.kyiv, "Звіт за листопад"), null, null);
    }

    @Test
    void oneThreadsHoursAreTheOnesWorkedOutByHand() {
        f.importFiles(List.of(corpus), true, false);
        // Hand calculation (DOMAIN §7: working hours Mon–Fri 09:00–18:00 in the consultant's zone, Bucharest, UTC+2 in November).
        // Rollout plan: received Tue 3 Nov 2026 10:15 local (08:15Z); Dana's first reply 11:05 local (09:05Z) acknowledges,
        // her second 16:40 local (14:40Z) answers. All inside one working day:
        //   acknowledge: 11:05 − 10:15 = 50 min = 0.833 h → 0.8 h
        //   answer:      16:40 − 10:15 = 6 h 25 min = 6.417 h → 6.4 h
        Request rollout = request(f.northwind, "Rollout plan: two questions before Thursday");
        var hours = f.session.ledger().workingHours();
        assertThat(WorkingTime.between(rollout.receivedAt(), rollout.effectiveAcknowledgedAt(), hours, false)).isEqualTo(Duration.ofMinutes(50));
        assertThat(WorkingTime.between(rollout.receivedAt(), rollout.answeredAt(), hours, false)).isEqualTo(Duration.ofMinutes(385));
        LedgerFigures.Requests figures = f.session.ledger().figures(f.northwind.id(), LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 3))
                .requests();
        assertThat(figures.requests()).isEqualTo(1);
        assertThat(figures.medianHoursToAcknowledge()).isCloseTo(50 / 60.0, within(0.05));
        assertThat(figures.medianHoursToAnswer()).isCloseTo(385 / 60.0, within(0.05));
        // Across a night: asked Tue 8 Dec 17:30 local, acknowledged 17:45 (15 min), answered Wed 10:00 local:
        //   18:00 − 17:30 = 30 min on Tuesday + 10:00 − 09:00 = 60 min on Wednesday = 90 min = 1.5 h.
        Request invoice = request(f.baltic, "Klausimas dėl sąskaitos");
        assertThat(WorkingTime.between(invoice.receivedAt(), invoice.effectiveAcknowledgedAt(), hours, false)).isEqualTo(Duration.ofMinutes(15));
        assertThat(WorkingTime.between(invoice.receivedAt(), invoice.answeredAt(), hours, false)).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void importingTheSameMailAgainChangesNothing() {
        f.importFiles(List.of(corpus), true, false);
        byte[] before = dump();
        MailReport again = f.importFiles(List.of(corpus), true, false);
        assertThat(again.count(MailIntake.Status.IMPORTED)).isZero();
        assertThat(again.count(MailIntake.Status.ALREADY_IMPORTED)).isEqualTo(46);
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void theOrderTheFilesComeInDoesNotMatter() {
        f.importFiles(List.of(corpus.resolve("t01-03-answer.eml")), true, false);
        f.importFiles(List.of(corpus.resolve("t01-02-ack.eml")), true, false);
        f.importFiles(List.of(corpus.resolve("t01-01-request.eml")), true, false);
        assertTimes(request(f.northwind, "Rollout plan: two questions before Thursday"), "2026-11-03T09:05:00Z", "2026-11-03T14:40:00Z");
    }

    @Test
    void proposedRequestsWaitUntilAcceptedAndThenTakeTheirReplyTimes() {
        MailReport report = f.importFiles(List.of(corpus.resolve("t01-01-request.eml"), corpus.resolve("t01-02-ack.eml"),
                corpus.resolve("t01-03-answer.eml")), false, false);
        assertThat(report.requests(MailIntake.RequestState.PROPOSED)).isEqualTo(1);
        assertThat(f.session.ledger().requests(null)).isEmpty();
        List<MailIntake.Proposal> proposals = f.session.mail().proposals();
        assertThat(proposals).hasSize(1);
        assertThat(proposals.get(0).questions()).hasSize(2);
        Request accepted = f.session.mail().accept(proposals.get(0).key());
        assertTimes(accepted, "2026-11-03T09:05:00Z", "2026-11-03T14:40:00Z");
        assertThat(f.session.conversations().requests(entry(f.northwind, "Rollout plan: two questions before Thursday",
                Instant.parse("2026-11-03T08:15:00Z")).id())).extracting(Request::id).containsExactly(accepted.id());
        assertThat(f.session.mail().proposals()).isEmpty();
    }

    @Test
    void aDryRunSaysWhatWouldComeAndChangesNothing() {
        byte[] before = dump();
        MailReport report = f.importFiles(List.of(corpus), true, true);
        assertThat(report.count(MailIntake.Status.IMPORTED)).isEqualTo(46);
        assertThat(report.requests(MailIntake.RequestState.ACCEPTED)).isEqualTo(17);
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void aMessageFromAnUnknownSenderIsTakenOnceTheirAddressIsKnown() {
        f.importFiles(List.of(corpus.resolve("t13-01-unmatched.eml")), true, false);
        assertThat(f.session.mail().unmatched()).hasSize(1);
        Client talent = f.session.clients().save(Client.create("Talent Finders"));
        f.session.contacts().save(new dev.rapport.model.Contact(0, talent.id(), "Laura Green", "", "LAURA@talentfinders.example", "",
                null, "", "", false));
        MailReport again = f.importFiles(List.of(corpus.resolve("t13-01-unmatched.eml")), true, false);
        assertThat(again.count(MailIntake.Status.IMPORTED)).isEqualTo(1);
        assertThat(f.session.mail().unmatched()).isEmpty();
    }

    private byte[] dump() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new dev.rapport.export.DataExchange(f.session.data()).exportJson(out, n -> { });
        return out.toByteArray();
    }

    private Interaction entry(Client client, String title, Instant at) {
        List<Interaction> found = f.session.interactions().forClient(client.id(), 500, 0).stream().map(JournalEntry::interaction)
                .filter(e -> e.title().equals(title) && e.instant().equals(at)).toList();
        assertThat(found).as(title + " at " + at).hasSize(1);
        return found.get(0);
    }

    private Request request(Client client, String subject) {
        List<Request> found = f.session.ledger().requests(client.id()).stream().filter(r -> r.subject().equals(subject)).toList();
        assertThat(found).as(subject).hasSize(1);
        return found.get(0);
    }

    private static void assertTimes(Request r, String acknowledged, String answered) {
        assertThat(r.acknowledgedAt()).as(r.subject() + " acknowledged").isEqualTo(acknowledged == null ? null : Instant.parse(acknowledged));
        assertThat(r.answeredAt()).as(r.subject() + " answered").isEqualTo(answered == null ? null : Instant.parse(answered));
    }
}
