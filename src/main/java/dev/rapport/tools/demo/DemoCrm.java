package dev.rapport.tools.demo;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.DatedEvent;
import dev.rapport.model.FollowUp;
import dev.rapport.model.Interaction;
import dev.rapport.model.Phrasing;
import dev.rapport.model.SurveyAnswer;
import dev.rapport.model.SurveyMethod;
import dev.rapport.model.SurveyScale;

import java.time.LocalDate;
import java.util.List;

/**
 * The CRM part of the demo practice (issue 8): follow-ups of past detractors already talked
 * through, one detractor who recovered and one whose follow-up waits on Today; a contact typed in twice;
 * client tags; dates that matter, some of them this week.
 */
final class DemoCrm {
    private DemoCrm() {
    }

    static void fill(JournalSession session) {
        LocalDate today = session.today();
        closeOldFollowUps(session, today);
        loop(session, today);
        duplicate(session, today);
        tags(session);
        dates(session, today);
        roles(session, today);
    }

    /** Engagements, a renewal and a reorganisation; a birthday this week and the day you met a carrier of context. */
    private static void dates(JournalSession session, LocalDate today) {
        for (Client c : session.clients().all()) {
            if (c.status() == dev.rapport.model.ClientStatus.FORMER) {
                session.dates().save(new DatedEvent(0, c.id(), null, DatedEvent.Kind.ENGAGEMENT_END, today.minusDays(120), "", ""));
            }
            session.dates().save(new DatedEvent(0, c.id(), null, DatedEvent.Kind.ENGAGEMENT_START,
                    today.minusDays(200 + (c.id() * 37) % 400), "", ""));
        }
        Client baltic = session.clients().byName("Baltic Freight Lines");
        session.dates().save(new DatedEvent(0, baltic.id(), null, DatedEvent.Kind.RENEWAL, today.plusDays(5), "Retainer for 2027", ""));
        Client northwind = session.clients().byName("Northwind Health Trust");
        session.dates().save(new DatedEvent(0, northwind.id(), null, DatedEvent.Kind.EVENT, today.plusDays(24),
                "New chief executive starts", "Reorganisation of patient services expected."));
        Client carpati = session.clients().byName("Carpați Software");
        session.contacts().forClient(carpati.id()).stream().filter(p -> p.name().equals("Ioana Popescu")).findFirst()
                .ifPresent(p -> session.dates().save(new DatedEvent(0, carpati.id(), p.id(), DatedEvent.Kind.BIRTHDAY,
                        today.plusDays(2).minusYears(41), "", "")));
        session.contacts().forClient(baltic.id()).stream().filter(p -> p.name().equals("Šarūnas Žemaitis")).findFirst()
                .ifPresent(p -> session.dates().save(new DatedEvent(0, baltic.id(), p.id(), DatedEvent.Kind.MET,
                        today.plusDays(4).minusYears(3), "At the Baltic Logistics Forum in Riga", "Introduced by Jānis Bērziņš")));
    }

    /** One person at two clients: Baltic's operations director also sits on the Vilnius library's board. */
    private static void roles(JournalSession session, LocalDate today) {
        Client baltic = session.clients().byName("Baltic Freight Lines");
        Client library = session.clients().byName("Vilnius City Library");
        if (baltic == null || library == null) {
            return;
        }
        session.contacts().forClient(baltic.id()).stream().filter(p -> p.name().equals("Šarūnas Žemaitis")).findFirst()
                .ifPresent(p -> session.contacts().addRole(dev.rapport.model.ContactRole.start(p.id(), library.id(),
                        "Board member", today.minusYears(2).withDayOfMonth(1))));
    }

    private static void tags(JournalSession session) {
        String[][] tagged = {
                {"Baltic Freight Lines", "retainer, logistics"},
                {"Kyivska Pekarnia", "retainer"},
                {"Northwind Health Trust", "public-sector, at-risk"},
                {"Vilnius City Library", "public-sector"},
                {"Carpați Software", "project"}};
        for (String[] t : tagged) {
            session.clients().all().stream().filter(c -> c.name().equals(t[0])).findFirst()
                    .ifPresent(c -> session.clientList().setTags(c.id(), t[1]));
        }
    }

    /** A contact typed in twice: once from a phone without diacritics, with one call logged against it. */
    private static void duplicate(JournalSession session, LocalDate today) {
        Client baltic = session.clients().byName("Baltic Freight Lines");
        Contact again = session.contacts().save(new Contact(0, baltic.id(), "Sarunas Zemaitis", "", "Sarunas.Zemaitis@balticfreight.lt",
                "", null, "", "Added from the phone after the depot visit.", false));
        session.interactions().save(new Interaction(0, baltic.id(), today.minusDays(12).atTime(17, 30), Channel.CALL,
                "Quick call about the depot visit", "Confirmed the Kaunas visit date.", "", List.of("depot"), null, List.of(again.id())));
    }

    /** The consultant followed up every detractor of more than a week ago. */
    private static void closeOldFollowUps(JournalSession session, LocalDate today) {
        for (FollowUp f : session.followUps().pending()) {
            if (f.answeredOn().isBefore(today.minusDays(7))) {
                session.followUps().talked(f.answerId(), f.acknowledgeBy());
            }
        }
    }

    private static void loop(JournalSession session, LocalDate today) {
        Client northwind = session.clients().byName("Northwind Health Trust");
        Contact dan = session.contacts().save(new Contact(0, northwind.id(), "Dan Whitfield", "Head of Estates",
                "d.whitfield@northwind-health.org.uk", "+44 161 555 0192", null, "Europe/London",
                "Joined the steering group in the summer.", false));
        SurveyAnswer low = session.health().saveAnswer(answer(northwind, dan, today.minusDays(50), 4,
                "The move plan surprised the estates team."));
        session.followUps().talked(low.id(), session.followUps().get(low.id()).acknowledgeBy());
        session.health().saveAnswer(answer(northwind, dan, today.minusDays(10), 9, "Much better since the weekly status call."));

        Client carpati = session.clients().byName("Carpați Software");
        Contact radu = session.contacts().save(new Contact(0, carpati.id(), "Radu Stan", "Product owner, Mobile",
                "radu.stan@carpati.ro", "+40 721 555 014", null, "Europe/Bucharest", "", false));
        session.health().saveAnswer(answer(carpati, radu, today.minusDays(1), 5, "Release notes came late twice."));
    }

    private static SurveyAnswer answer(Client client, Contact who, LocalDate on, int value, String note) {
        return new SurveyAnswer(0, null, "How likely are you to recommend working with me to a colleague?", client.id(), who.id(),
                null, on, SurveyScale.RECOMMEND_0_10, value, SurveyMethod.ORAL, Phrasing.POSITIVE, note);
    }
}
