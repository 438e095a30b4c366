package dev.rapport.tools.demo;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Dimension;
import dev.rapport.model.Problem;
import dev.rapport.model.ProblemStatus;
import dev.rapport.model.Promise;
import dev.rapport.model.PromiseOutcome;
import dev.rapport.model.RaisedBy;
import dev.rapport.model.Request;
import dev.rapport.model.ResponseTargets;
import dev.rapport.model.Severity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo practice's ledger (DOMAIN §8): promises in every outcome (some overdue, some kept but
 * not reported), open and resolved problems, and requests answered in and out of target; Baltic
 * Freight Lines is the client promised round-the-clock service. Dates count back from today.
 */
final class DemoLedger {
    private final JournalSession session;
    private final LocalDate today;
    private final ZoneId zone;
    private final Map<String, Client> clients = new HashMap<>();

    private DemoLedger(JournalSession session) {
        this.session = session;
        this.today = session.today();
        this.zone = session.ledger().workingHours().zone();
        for (Client c : session.clients().all()) {
            clients.put(c.name(), c);
        }
    }

    static void fill(JournalSession session) {
        DemoLedger d = new DemoLedger(session);
        d.targets();
        d.promises();
        d.problems();
        d.requests();
    }

    private long id(String client) {
        return clients.get(client).id();
    }

    private Long person(String client) {
        List<Contact> people = session.contacts().forClient(id(client));
        return people.isEmpty() ? null : people.get(0).id();
    }

    private LocalDate day(int offset) {
        return today.plusDays(offset);
    }

    private void targets() {
        session.ledger().saveTargets(id("Baltic Freight Lines"), new ResponseTargets(1, 4, true));
        session.ledger().saveTargets(id("Northwind Health Trust"), new ResponseTargets(2, 16, false));
    }

    private void promises() {
        promise("Baltic Freight Lines", "Send the depot rollout plan for Kaunas", -20, -3, -18, null, 0, null, null);
        promise("Baltic Freight Lines", "Share the driver-training schedule", -10, 0, -9, null, 0, null, null);
        promise("Baltic Freight Lines", "Deliver the fleet-planning pilot report", -40, -12, -38, PromiseOutcome.KEPT, -13,
                Set.of(Dimension.QUALITY), "Added a depot-by-depot risk map they had not asked for", -12);
        promise("Kyivska Pekarnia", "Deliver the cost model, version 2", -30, -10, -29, PromiseOutcome.KEPT, -10, Set.of(), null, null);
        promise("Kyivska Pekarnia", "Send the supplier scorecard", -25, -15, null, PromiseOutcome.KEPT, -9, Set.of(),
                "Scorecard covers all 14 suppliers", -8);
        promise("Carpați Software", "Run the retrospective workshop for both teams", -45, -30, -44, PromiseOutcome.KEPT, -32,
                Set.of(Dimension.TIME), "Held two days early so the release could use the results", -30);
        Promise checklist = promise("Carpați Software", "Write the release checklist", -20, -14, -19, null, 0, null, null);
        session.ledger().save(checklist.renegotiated(day(-15), day(2), "Payments team asked to include the audit steps"));
        promise("Northwind Health Trust", "Send the intake-redesign summary before the board pre-read", -40, -20, null,
                PromiseOutcome.BROKEN, -18, Set.of(), null, null);
        promise("Northwind Health Trust", "Propose the board-review agenda", -5, 5, -4, null, 0, null, null);
        promise("Riga Textile Works", "Mock-ups of the quality dashboard", -50, -35, -49, PromiseOutcome.KEPT, -36,
                Set.of(Dimension.DESIGN), "Dashboards follow the plant's own colour codes", -34);
        promise("Vilnius City Library", "Written change request for the lending rules", -12, -1, -11, null, 0, null, null);
        promise("Danube Agro", "Shortlist of three farm-management tools", -60, -40, -58, PromiseOutcome.KEPT, -41, Set.of(),
                "Shortlist with total cost over five years", -40);
        promise("Lviv Craft Coffee", "Checklist for the roastery opening", -90, -70, -88, PromiseOutcome.CANCELLED, 0, null, null, null);
        Promise template = promise("Harbour & Pine Architects", "Client-report template in the practice's style", -15, -4, -14,
                null, 0, null, null, null);
        session.ledger().save(template.withOutcome(PromiseOutcome.KEPT, day(-2), Set.of(Dimension.OTHER), "Accessibility"));
        promise("Odesa Port Services", "Berth-schedule simulation for the night shift", -8, 3, null, null, 0, null, null);
        promise("Brașov Mountain Resorts", "Booking-funnel audit findings", -30, -8, -29, PromiseOutcome.KEPT, -8, Set.of(), null, null);
    }

    private Promise promise(String client, String what, int made, int due, Integer understood, PromiseOutcome outcome,
                            int decided, Set<Dimension> exceeded, String note, Integer reported) {
        boolean decidedOutcome = outcome == PromiseOutcome.KEPT || outcome == PromiseOutcome.BROKEN;
        Promise p = new Promise(0, id(client), person(client), null, what, day(made), day(due),
                understood == null ? null : day(understood), outcome, decidedOutcome ? day(decided) : null, exceeded, "",
                reported == null ? null : day(reported), note, List.of());
        return session.ledger().save(p);
    }

    private Promise promise(String client, String what, int made, int due, Integer understood, PromiseOutcome outcome,
                            int decided, Set<Dimension> exceeded, String note) {
        return promise(client, what, made, due, understood, outcome, decided, exceeded, note, null);
    }

    private void problems() {
        problem("Baltic Freight Lines", RaisedBy.CLIENT, -6, "The route planner lists the Kaunas depot twice",
                "Two drivers were double-booked on two mornings; one delivery was late.",
                "Hot-fix the depot import; check the morning plan by hand until the fix is live.", Severity.HIGH, -1,
                "Frustrated: the night shift took the blame", ProblemStatus.IN_PROGRESS, null, null, "", "");
        problem("Kyivska Pekarnia", RaisedBy.CONSULTANT, -20, "Supplier data for the third quarter is incomplete",
                "The cost model would understate flour costs by about 6%.", "Ask procurement for the missing invoices; re-import.",
                Severity.MEDIUM, -10, "", ProblemStatus.RESOLVED, -11, -10,
                "Two calls with procurement and a re-import of 212 invoices.", "A monthly completeness check on the import.");
        problem("Northwind Health Trust", RaisedBy.CLIENT, -19, "The intake summary did not reach the board pre-read",
                "The board discussed the redesign without the figures.", "Send the summary at once; offer a short briefing.",
                Severity.CRITICAL, -17, "Disappointed and worried about their standing with the board",
                ProblemStatus.UNRECOVERABLE, -17, null, "",
                "Draft the summary on the day of the meeting; set a reminder two days before every pre-read.");
        problem("Carpați Software", RaisedBy.CONSULTANT, -9, "Velocity figures of the payments team do not add up",
                "The release forecast may be two weeks too optimistic.", "Recount from the tracker with the team lead.",
                Severity.MEDIUM, 4, "", ProblemStatus.OPEN, null, null, "", "");
        problem("Harbour & Pine Architects", RaisedBy.CLIENT, -12, "The report template breaks on A3 drawings",
                "Two client reports went out with cropped plans.", "Add an A3 page style; re-send the two reports.",
                Severity.MEDIUM, -5, "Embarrassed in front of their client", ProblemStatus.RESOLVED, -6, null,
                "A new page style and a check of every layout.", "");
        problem("Odesa Port Services", RaisedBy.CLIENT, -3, "The pilot's data feed drops at night",
                "Berth plans for the early shift start from stale data.", "Add a retry and an alert to the night operator.",
                Severity.HIGH, 0, "Tired and short-tempered after a night of manual planning", ProblemStatus.IN_PROGRESS,
                null, null, "", "");
        problem("Riga Textile Works", RaisedBy.CONSULTANT, -40, "Sensor calibration drifts on line 3",
                "Defect counts on line 3 read high.", "Recalibrate weekly until the supplier replaces the sensor.",
                Severity.LOW, -30, "", ProblemStatus.RESOLVED, -28, -27, "Supplier replaced the sensor; two recalibrations.",
                "Calibration added to the monthly maintenance list.");
    }

    private void problem(String client, RaisedBy by, int raised, String description, String consequences, String measures,
                         Severity severity, Integer target, String emotion, ProblemStatus status, Integer resolved,
                         Integer reported, String took, String prevention) {
        session.ledger().save(new Problem(0, id(client), by, day(raised), description, consequences, measures, severity,
                target == null ? null : day(target), emotion, status, resolved == null ? null : day(resolved),
                reported == null ? null : day(reported), took, prevention));
    }

    private void requests() {
        request("Baltic Freight Lines", -1, "01:10", "Night shift: is the planner down?",
                List.of("Is the planner down for everyone?", "Can the night shift print yesterday's routes?"),
                at(-1, "01:35"), at(-1, "03:00"), List.of("Only for the Kaunas depot; the others are fine.",
                        "Yes: Reports → Routes → yesterday, then Print."));
        request("Baltic Freight Lines", -8, "22:00", "Questions about the new depot",
                List.of("When can the Šiauliai depot join?", "Who trains its dispatchers?", "Does it change the licence cost?"),
                at(-7, "07:30"), at(-7, "11:00"), List.of("In the second wave, from February.", "Rūta, with my materials.",
                        "No: the licence covers up to five depots."));
        request("Kyivska Pekarnia", -5, "10:00", "Cost model assumptions",
                List.of("Which flour price did you assume?", "Can we add a second scenario for energy?"),
                at(-5, "10:45"), at(-4, "15:00"), List.of("The October average, 18.40 UAH per kg.", "Yes, it is in version 2."));
        request("Carpați Software", -3, "14:00", "Release checklist",
                List.of("Does the checklist cover the audit steps?", "Who signs off?", "Can we try it on the next release?"),
                null, at(-1, "16:00"), List.of("Yes, steps 7 to 9.", "The release manager, then Ioana.", "Yes, it is ready."));
        request("Northwind Health Trust", -10, "09:30", "Board pack",
                List.of("Can you send the intake figures for the board pack?", "Will you attend the board review?"),
                at(-9, "12:00"), at(-6, "17:00"), List.of("Attached, with last year for comparison.", "Yes, for the first hour."));
        request("Harbour & Pine Architects", -2, "11:00", "Template for interiors",
                List.of("Could the template also work for interior projects?"), at(-2, "11:30"), null, List.of());
        request("Danube Agro", -1, "09:15", "Tool demos",
                List.of("Can the vendors demo on our own fields' data?", "How long would each demo take?"), null, null, List.of());
        Instant recent = session.clock().instant().truncatedTo(ChronoUnit.MINUTES).minus(40, ChronoUnit.MINUTES);
        session.ledger().save(new Request(0, id("Vilnius City Library"), person("Vilnius City Library"), recent, Channel.EMAIL,
                "E-book lending limits", List.of("Can the limit per reader change before January?"), null, null, List.of(), false));
    }

    private Instant at(int dayOffset, String time) {
        return day(dayOffset).atTime(LocalTime.parse(time)).atZone(zone).toInstant();
    }

    private void request(String client, int dayOffset, String time, String subject, List<String> questions, Instant ack,
                         Instant answered, List<String> answers) {
        session.ledger().save(new Request(0, id(client), person(client), at(dayOffset, time), Channel.EMAIL, subject, questions,
                ack, answered, answers, answered != null));
    }
}
