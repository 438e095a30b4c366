package dev.rapport.logic;

import dev.rapport.model.Channel;
import dev.rapport.model.ChecklistItem;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Dimension;
import dev.rapport.model.Interaction;
import dev.rapport.model.Phrasing;
import dev.rapport.model.Problem;
import dev.rapport.model.ProblemStatus;
import dev.rapport.model.Promise;
import dev.rapport.model.RaisedBy;
import dev.rapport.model.Rating;
import dev.rapport.model.Request;
import dev.rapport.model.Review;
import dev.rapport.model.ReviewAnswer;
import dev.rapport.model.Severity;
import dev.rapport.model.SurveyAnswer;
import dev.rapport.model.SurveyMethod;
import dev.rapport.model.SurveyQuestion;
import dev.rapport.model.SurveyScale;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * A hand-made journal for the brief and summary tests (fixed clock 2026-11-25 10:00 UTC): one
 * client with every kind of item and private text, and a second client whose data must never
 * show up in the first one's documents.
 */
public final class ReportFixture {
    public static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2026, 11, 25, 10, 0).toInstant(ZoneOffset.UTC), ZoneId.of("UTC"));
    public static final LocalDate FROM = LocalDate.of(2026, 10, 1);
    public static final LocalDate TO = LocalDate.of(2026, 11, 30);

    public final JournalSession session;
    public final Client baltic;
    public final Client other;
    public final Contact sarunas;
    public final Contact olena;

    private ReportFixture(JournalSession session, Client baltic, Client other, Contact sarunas, Contact olena) {
        this.session = session;
        this.baltic = baltic;
        this.other = other;
        this.sarunas = sarunas;
        this.olena = olena;
    }

    /** The journal, with {@code secret} written into every private place of the first client. */
    public static ReportFixture create(Path file, String secret, String otherName, String otherText) {
        JournalSession s = JournalSession.open(file, CLOCK);
        Client baltic = s.clients().save(new Client(0, "Baltic <b>Freight</b>", null, false, "Logistics", "Client note " + secret, null));
        Contact sarunas = s.contacts().save(new Contact(0, baltic.id(), "Šarūnas Žemaitis", "Operations director", "s@baltic.example",
                "", Channel.CALL, "Europe/Vilnius", "Prefers a call before 9:00", true));
        Contact olena = s.contacts().save(new Contact(0, baltic.id(), "Олена Коваленко", "Finance lead", "", "", Channel.EMAIL,
                "Europe/Kyiv", "", false));
        Interaction workshop = s.interactions().save(new Interaction(0, baltic.id(), LocalDateTime.of(2026, 10, 12, 14, 0), Channel.MEETING,
                "Requirements workshop", "Mapped the process with Олена Коваленко.", "Private: " + secret, List.of("kaunas"), null,
                List.of(sarunas.id(), olena.id())));
        s.interactions().save(new Interaction(0, baltic.id(), LocalDateTime.of(2026, 11, 20, 9, 30), Channel.CALL,
                "Status call", "", "Only private " + secret, List.of(), null, List.of(sarunas.id())));
        s.interactions().save(new Interaction(0, baltic.id(), LocalDateTime.of(2026, 9, 3, 9, 30), Channel.EMAIL,
                "Before the period", "An update from September.", "", List.of(), null, List.of()));

        Promise kept = s.ledger().save(Promise.create(baltic.id(), "Send the depot rollout plan", LocalDate.of(2026, 10, 12),
                LocalDate.of(2026, 10, 20)));
        s.ledger().markKept(kept.id(), LocalDate.of(2026, 10, 18), Set.of(Dimension.TIME, Dimension.QUALITY), "");
        s.ledger().reportAchievement(kept.id(), LocalDate.of(2026, 10, 19), "Two days early, with a Kaunas-specific checklist.");
        Promise late = s.ledger().save(Promise.create(baltic.id(), "Share the training schedule", LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 5)));
        s.ledger().markKept(late.id(), LocalDate.of(2026, 10, 9), Set.of(), "");
        s.ledger().save(Promise.create(baltic.id(), "Review the fuel report", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 20)));
        s.ledger().save(Promise.create(baltic.id(), "Draft the Q1 plan", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 10)));

        Problem twice = new Problem(0, baltic.id(), RaisedBy.CLIENT, LocalDate.of(2026, 10, 14), "The planner lists the Kaunas depot twice",
                "Drivers got two routes", "Hot-fix the import", Severity.HIGH, LocalDate.of(2026, 10, 20), "Angry " + secret,
                ProblemStatus.OPEN, null, null, "", "");
        twice = s.ledger().save(twice);
        s.ledger().resolve(twice.id(), LocalDate.of(2026, 10, 19));
        s.ledger().reportResolution(twice.id(), LocalDate.of(2026, 10, 20), "A fixed import and a check by hand");
        s.ledger().save(new Problem(0, baltic.id(), RaisedBy.CONSULTANT, LocalDate.of(2026, 11, 10), "Data migration risk",
                "A week's delay", "Trial run on a copy", Severity.MEDIUM, LocalDate.of(2026, 12, 1), "", ProblemStatus.OPEN,
                null, null, "", ""));

        Request answered = s.ledger().save(Request.create(baltic.id(), Instant.parse("2026-10-13T09:00:00Z"),
                List.of("When does Kaunas start?", "Who trains the drivers?")));
        s.ledger().acknowledge(answered.id(), Instant.parse("2026-10-13T10:00:00Z"));
        s.ledger().save(s.ledger().request(answered.id()).answered(Instant.parse("2026-10-13T15:30:00Z"),
                List.of("On 2 November.", "I do."), true));
        s.ledger().save(Request.create(baltic.id(), Instant.parse("2026-11-24T16:00:00Z"), List.of("Can we add Vilnius?")));

        List<ChecklistItem> items = s.health().activeChecklist();
        ChecklistItem comfort = items.get(5);
        ChecklistItem attention = items.get(0);
        s.health().saveReview(new Review(0, baltic.id(), workshop.id(), LocalDate.of(2026, 10, 12), List.of(
                new ReviewAnswer(comfort.id(), comfort.name(), comfort.prompt(), Rating.NOT_MET, "Review " + secret),
                new ReviewAnswer(attention.id(), attention.name(), attention.prompt(), Rating.MET, ""))));
        SurveyQuestion q = s.health().saveQuestion(new SurveyQuestion(0, "How likely are you to recommend us?",
                SurveyScale.RECOMMEND_0_10, Phrasing.POSITIVE, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
        s.health().saveAnswer(new SurveyAnswer(0, q.id(), q.text(), baltic.id(), sarunas.id(), workshop.id(), LocalDate.of(2026, 10, 12),
                SurveyScale.RECOMMEND_0_10, 6, SurveyMethod.ORAL, Phrasing.POSITIVE, "Method " + secret));

        Client other = s.clients().save(Client.create(otherName));
        s.contacts().save(Contact.create(other.id(), otherName + " Person"));
        s.interactions().save(new Interaction(0, other.id(), LocalDateTime.of(2026, 10, 15, 11, 0), Channel.CALL,
                "Call " + otherText, "Summary " + otherText, "", List.of(), null, List.of()));
        s.ledger().save(Promise.create(other.id(), "Promise " + otherText, LocalDate.of(2026, 10, 15), LocalDate.of(2026, 10, 30)));
        s.ledger().save(Problem.create(other.id(), RaisedBy.CLIENT, LocalDate.of(2026, 10, 16), "Problem " + otherText));
        s.ledger().save(Request.create(other.id(), Instant.parse("2026-10-16T09:00:00Z"), List.of("Request " + otherText)));
        return new ReportFixture(s, baltic, other, sarunas, olena);
    }

    public static ReportFixture create(Path file) {
        return create(file, "SECRET-NOTE", "Other Client Ltd", "OTHER-DATA");
    }
}
