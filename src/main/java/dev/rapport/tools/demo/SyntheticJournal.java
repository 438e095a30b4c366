package dev.rapport.tools.demo;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.ClientStatus;
import dev.rapport.model.Contact;
import dev.rapport.model.Interaction;
import dev.rapport.model.Mood;
import dev.rapport.model.Rhythm;
import dev.rapport.store.BulkLoader;

import dev.rapport.model.ChecklistItem;
import dev.rapport.model.Problem;
import dev.rapport.model.Promise;
import dev.rapport.model.RaisedBy;
import dev.rapport.model.Rating;
import dev.rapport.model.Request;
import dev.rapport.model.Review;
import dev.rapport.model.ReviewAnswer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A large generated journal for the benchmark: per client 5 contacts, 100 entries, 20 promises,
 * 10 problems, 20 requests and 30 attribute reviews. Like a kept journal, most of the ledger is
 * settled: the open remainder is what Today shows.
 * Word frequencies are set so that "meeting" is in about 40% of entries (a common word) and
 * "escalation" in about 0.1% (a rare one).
 */
public final class SyntheticJournal {
    public static final String COMMON_WORD = "meeting";
    public static final String RARE_WORD = "escalation";

    private static final String[] FIRST = {"Anna", "Jonas", "Olena", "Ioana", "Tomas", "Maria", "Andrii", "Laura",
            "Mihai", "Eglė", "Peter", "Sofia", "Dmytro", "Ruta", "George", "Elena"};
    private static final String[] LAST = {"Popescu", "Kazlauskas", "Kovalenko", "Smith", "Jankauskas", "Ionescu",
            "Melnyk", "Brown", "Petrauskaitė", "Shevchenko", "Dumitrescu", "Taylor"};
    private static final String[] WORDS = ("plan budget review rollout training supplier contract risk report "
            + "status design quality delivery invoice schedule workshop decision pilot migration data team board "
            + "priority scope deadline feedback roadmap process audit analysis proposal estimate").split(" ");

    private SyntheticJournal() {
    }

    public record Scale(int clients, int contactsPerClient, int entriesPerClient) {
        public static Scale of(int factor) {
            return new Scale(10 * factor, 5, 100);
        }

        public int entries() {
            return clients * entriesPerClient;
        }
    }

    /** Fills an empty journal; the newest entry is at {@code now}. */
    public static void fill(JournalSession session, Scale scale, LocalDateTime now, long seed) {
        Random random = new Random(seed);
        List<Client> clients = new ArrayList<>();
        List<Contact> contacts = new ArrayList<>();
        List<Interaction> entries = new ArrayList<>(scale.entries());
        long contactId = 0;
        for (int c = 1; c <= scale.clients(); c++) {
            clients.add(new Client(c, "Client " + c + " " + LAST[random.nextInt(LAST.length)] + " Group",
                    ClientStatus.values()[c % 7 == 0 ? 1 : 0], false, "Industry " + (c % 17), "", Rhythm.DEFAULT));
            for (int p = 0; p < scale.contactsPerClient(); p++) {
                contactId++;
                String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
                contacts.add(new Contact(contactId, c, name, "Role " + p, "person" + contactId + "@client" + c + ".example",
                        "", Channel.EMAIL, "", "", p == 0));
            }
        }
        int total = scale.entries();
        for (long id = 1; id <= total; id++) {
            int client = 1 + random.nextInt(scale.clients());
            long contact = (long) (client - 1) * scale.contactsPerClient() + 1 + random.nextInt(scale.contactsPerClient());
            LocalDateTime at = now.minusMinutes((total - id) * 7L);
            entries.add(new Interaction(id, client, at, Channel.values()[random.nextInt(5)], title(random),
                    summary(random), random.nextInt(4) == 0 ? "Private: " + sentence(random, 8) : "",
                    List.of(WORDS[random.nextInt(WORDS.length)]), Mood.values()[random.nextInt(5)], List.of(contact)));
        }
        new BulkLoader(session.journal()).load(clients, contacts, entries);
        session.inOneTransaction(() -> {
            ledgerAndReviews(session, scale, now.toLocalDate(), random);
            return null;
        });
    }

    /** Per client at the default scale: 20 promises, 10 problems, 20 requests, 30 attribute reviews. */
    private static void ledgerAndReviews(JournalSession session, Scale scale, LocalDate today, Random random) {
        List<ChecklistItem> items = session.health().activeChecklist();
        for (long c = 1; c <= scale.clients(); c++) {
            for (int i = 0; i < scale.entriesPerClient() / 5; i++) {
                LocalDate made = today.minusDays(random.nextInt(365));
                Promise p = session.ledger().save(Promise.create(c, "Deliver " + title(random).toLowerCase(), made,
                        made.plusDays(3 + random.nextInt(30))));
                if (p.due().isBefore(today) && random.nextInt(20) != 0) {
                    Promise kept = session.ledger().markKept(p.id(), p.due().minusDays(random.nextInt(3) - 1), Set.of(), "");
                    if (random.nextInt(20) != 0) {
                        session.ledger().reportAchievement(kept.id(), kept.decidedOn(), "On time, as agreed.");
                    }
                }
            }
            for (int i = 0; i < scale.entriesPerClient() / 10; i++) {
                LocalDate raised = today.minusDays(random.nextInt(365));
                Problem pb = session.ledger().save(Problem.create(c, random.nextBoolean() ? RaisedBy.CLIENT : RaisedBy.CONSULTANT,
                        raised, "Problem with the " + WORDS[random.nextInt(WORDS.length)]));
                if (random.nextInt(10) != 0) {
                    LocalDate resolved = raised.plusDays(random.nextInt(20));
                    Problem done = session.ledger().resolve(pb.id(), resolved.isAfter(today) ? today : resolved);
                    if (random.nextInt(10) != 0) {
                        session.ledger().reportResolution(done.id(), done.resolvedOn(), "A fix and a check with the client.");
                    }
                }
            }
            for (int i = 0; i < scale.entriesPerClient() / 5; i++) {
                Instant received = today.minusDays(random.nextInt(365)).atTime(8 + random.nextInt(10), 0).toInstant(ZoneOffset.UTC);
                Request r = session.ledger().save(Request.create(c, received, List.of("What is the " + WORDS[random.nextInt(WORDS.length)] + "?")));
                if (random.nextInt(30) != 0) {
                    Instant answered = received.plusSeconds(600L + random.nextInt(40_000));
                    session.ledger().save(r.answered(answered, List.of("The answer."), true));
                }
            }
            List<Review> reviews = new ArrayList<>();
            for (int i = 0; i < scale.entriesPerClient() * 3 / 10; i++) {
                List<ReviewAnswer> answers = new ArrayList<>();
                for (ChecklistItem item : items) {
                    answers.add(new ReviewAnswer(item.id(), item.name(), item.prompt(), Rating.values()[random.nextInt(4)], ""));
                }
                reviews.add(new Review(0, c, null, today.minusDays(random.nextInt(365)), answers));
            }
            session.health().saveReviews(reviews);
        }
    }

    private static String title(Random random) {
        return capitalise(WORDS[random.nextInt(WORDS.length)]) + " " + WORDS[random.nextInt(WORDS.length)];
    }

    private static String summary(Random random) {
        StringBuilder b = new StringBuilder(sentence(random, 12));
        if (random.nextInt(100) < 40) {
            b.append(" Follow-up ").append(COMMON_WORD).append(" agreed.");
        }
        if (random.nextInt(1000) == 0) {
            b.append(" Possible ").append(RARE_WORD).append(" to the board.");
        }
        return b.toString();
    }

    private static String sentence(Random random, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            b.append(i == 0 ? capitalise(WORDS[random.nextInt(WORDS.length)]) : WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return b.toString().strip() + ".";
    }

    private static String capitalise(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
