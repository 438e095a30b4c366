package dev.rapport.tools.demo;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.ClientStatus;
import dev.rapport.model.Contact;
import dev.rapport.model.Interaction;
import dev.rapport.model.Mood;
import dev.rapport.model.RapportException;
import dev.rapport.model.Rhythm;
import dev.rapport.store.FileProblems;
import dev.rapport.store.Journal;
import dev.rapport.store.SafeFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fills a journal with a living practice from a fixed seed (DOMAIN §8): a dozen clients across
 * the consultant's markets, their people, and half a year of entries ending at different
 * distances from today, so every rhythm state shows.
 */
public final class DemoJournal {
    private static final long SEED = 20261125L;
    private static final int HISTORY_DAYS = 180;

    private record DemoClient(String name, String industry, ClientStatus status, Rhythm rhythm, int lastContactDaysAgo,
                              int cadenceDays, String notes, List<DemoPerson> people) {
    }

    private record DemoPerson(String name, String role, String email, String phone, Channel channel, String zone,
                              String notes, boolean carrier) {
    }

    private static final List<DemoClient> CLIENTS = List.of(
            new DemoClient("Baltic Freight Lines", "Logistics", ClientStatus.ACTIVE, new Rhythm(7, 14), 2, 6,
                    "Fleet-planning rollout across three depots. Round-the-clock operations.",
                    List.of(new DemoPerson("Šarūnas Žemaitis", "Operations director", "sarunas.zemaitis@balticfreight.lt",
                                    "+370 612 34567", Channel.CALL, "Europe/Vilnius", "Prefers a call before 9:00; hates long emails.", true),
                            new DemoPerson("Rūta Kazlauskienė", "Depot manager, Kaunas", "ruta.k@balticfreight.lt",
                                    "+370 611 22334", Channel.CHAT, "Europe/Vilnius", "Hands-on; wants to see the screens early.", false))),
            new DemoClient("Kyivska Pekarnia", "Food production", ClientStatus.ACTIVE, new Rhythm(14, 30), 9, 10,
                    "Bakery chain: cost model and supplier review.",
                    List.of(new DemoPerson("Олена Коваленко", "Chief financial officer", "olena.kovalenko@pekarnia.ua",
                                    "+380 44 123 4567", Channel.VIDEO, "Europe/Kyiv", "Numbers first, then the story.", true),
                            new DemoPerson("Андрій Шевченко", "Procurement lead", "a.shevchenko@pekarnia.ua",
                                    "+380 67 765 4321", Channel.EMAIL, "Europe/Kyiv", "", false))),
            new DemoClient("Carpați Software", "Software", ClientStatus.ACTIVE, new Rhythm(14, 28), 20, 12,
                    "Delivery process coaching for two product teams.",
                    List.of(new DemoPerson("Ioana Popescu", "VP Engineering", "ioana.popescu@carpati.ro",
                                    "+40 721 123 456", Channel.VIDEO, "Europe/Bucharest", "Sponsor since the first workshop.", true),
                            new DemoPerson("Mihai Ionescu", "Team lead, Payments", "mihai.ionescu@carpati.ro",
                                    "+40 722 654 321", Channel.CHAT, "Europe/Bucharest", "", false))),
            new DemoClient("Northwind Health Trust", "Healthcare", ClientStatus.ACTIVE, new Rhythm(10, 21), 35, 9,
                    "Patient-intake redesign; board review in the spring.",
                    List.of(new DemoPerson("Margaret Hughes", "Director of Patient Services", "m.hughes@northwind-health.org.uk",
                                    "+44 20 7946 0018", Channel.MEETING, "Europe/London", "Values written summaries after each meeting.", true),
                            new DemoPerson("Tom Bradley", "IT programme manager", "t.bradley@northwind-health.org.uk",
                                    "+44 20 7946 0042", Channel.EMAIL, "Europe/London", "", false))),
            new DemoClient("Riga Textile Works", "Manufacturing", ClientStatus.ACTIVE, new Rhythm(21, 45), 4, 18,
                    "Quality programme, phase two.",
                    List.of(new DemoPerson("Jānis Bērziņš", "Plant manager", "janis.berzins@rtw.lv", "+371 2612 3456",
                            Channel.MEETING, "Europe/Riga", "Walks the floor with you; bring safety shoes.", true))),
            new DemoClient("Vilnius City Library", "Public sector", ClientStatus.ACTIVE, new Rhythm(14, 30), 16, 14,
                    "Digital lending service review.",
                    List.of(new DemoPerson("Eglė Petrauskaitė", "Head of digital services", "egle.petrauskaite@vilniusbiblioteka.lt",
                            "+370 5 231 4455", Channel.EMAIL, "Europe/Vilnius", "Procurement rules are strict: every change in writing.", true))),
            new DemoClient("Danube Agro", "Agriculture", ClientStatus.ACTIVE, new Rhythm(30, 60), 12, 21,
                    "Farm-management software selection.",
                    List.of(new DemoPerson("Radu Constantinescu", "Owner", "radu@danubeagro.ro", "+40 744 987 654",
                            Channel.CALL, "Europe/Bucharest", "Decides fast once he trusts the numbers.", true))),
            new DemoClient("Lviv Craft Coffee", "Hospitality", ClientStatus.PAUSED, new Rhythm(30, 90), 70, 20,
                    "Paused until the new roastery opens.",
                    List.of(new DemoPerson("Марія Бондаренко", "Co-founder", "maria@lvivcoffee.ua", "+380 32 255 1122",
                            Channel.CHAT, "Europe/Kyiv", "", true))),
            new DemoClient("Harbour & Pine Architects", "Architecture", ClientStatus.ACTIVE, new Rhythm(14, 30), 1, 8,
                    "Practice-management system and client-reporting templates.",
                    List.of(new DemoPerson("Sophie Laurent", "Managing partner", "sophie@harbourpine.co.uk", "+44 131 496 0123",
                                    Channel.MEETING, "Europe/London", "Likes a one-page brief before every meeting.", true),
                            new DemoPerson("Owen Price", "Studio coordinator", "owen@harbourpine.co.uk", "+44 131 496 0456",
                                    Channel.EMAIL, "Europe/London", "", false))),
            new DemoClient("Odesa Port Services", "Logistics", ClientStatus.ACTIVE, new Rhythm(7, 14), 6, 7,
                    "Berth scheduling pilot.",
                    List.of(new DemoPerson("Дмитро Мельник", "Head of operations", "d.melnyk@odesaport.ua", "+380 48 700 1234",
                            Channel.CALL, "Europe/Kyiv", "Works shifts; calls often come late.", true))),
            new DemoClient("Klaipėda Marine Supply", "Wholesale", ClientStatus.FORMER, new Rhythm(30, 90), 150, 25,
                    "Engagement closed in spring; good reference.",
                    List.of(new DemoPerson("Tomas Jankauskas", "Commercial director", "tomas@kms.lt", "+370 46 412 345",
                            Channel.EMAIL, "Europe/Vilnius", "", true))),
            new DemoClient("Brașov Mountain Resorts", "Tourism", ClientStatus.ACTIVE, new Rhythm(14, 30), 45, 15,
                    "Booking-funnel audit before the winter season.",
                    List.of(new DemoPerson("Andreea Dumitrescu", "Marketing director", "andreea.d@brasovresorts.ro",
                            "+40 268 123 987", Channel.VIDEO, "Europe/Bucharest", "Busy from December; get decisions in November.", true))));

    private static final String[][] TOPICS = {
            {"Weekly status", "Walked through progress against the plan; next steps agreed and owners named.",
                    "status"},
            {"Steering group", "Presented the options with costs and risks; the group chose the phased approach.",
                    "steering"},
            {"Requirements workshop", "Mapped the current process end to end and collected the pain points in their words.",
                    "workshop"},
            {"Budget review", "Reviewed spend to date against the budget; no overrun, contingency untouched.",
                    "budget"},
            {"Demo of the prototype", "Showed the working prototype; feedback on navigation and on the report layout.",
                    "demo"},
            {"Risk check-in", "Went through the open risks; two closed, one new risk on the data migration.",
                    "risk"},
            {"Quarterly review", "Looked back at the quarter's outcomes and agreed the priorities for the next one.",
                    "review"},
            {"Quick question on the rollout", "Answered the question about the rollout dates and the training plan.",
                    "rollout"},
            {"Supplier comparison", "Compared the three shortlisted suppliers on price, support and fit.",
                    "suppliers"},
            {"Training session", "Ran the training for the first group of users; good questions on reporting.",
                    "training"},
    };

    private static final String[] PRIVATE = {
            "Seemed tired; the reorganisation is weighing on the team.",
            "Budget pressure from the board — do not push the extra module now.",
            "Mentioned a competitor approached them. Keep close.",
            "Internal politics between finance and operations; stay neutral.",
            "Very pleased with the last report; ask for a referral next quarter.",
            "",
            "",
    };

    /** Mostly positive, now and then a worry: the weights of a healthy practice. */
    private static final Mood[] MOODS = {Mood.DELIGHTED, Mood.POSITIVE, Mood.POSITIVE, Mood.POSITIVE, Mood.POSITIVE,
            Mood.NEUTRAL, Mood.NEUTRAL, Mood.NEUTRAL, Mood.CONCERNED, Mood.UPSET};

    private DemoJournal() {
    }

    /**
     * Writes a new demo journal at {@code file}, whole or not at all: it is built under a
     * temporary name beside it (closed, so its WAL is folded in) and renamed into place when
     * complete. A failure, such as a full disk, leaves no journal and no temporary file.
     */
    public static void writeNew(Path file) {
        writeNew(file, DemoJournal::fill);
    }

    static void writeNew(Path file, java.util.function.Consumer<JournalSession> filler) {
        Path target = file.toAbsolutePath().normalize();
        Path temp = null;
        try {
            temp = SafeFiles.temporarySibling(target);
            try (JournalSession session = JournalSession.open(temp)) {
                filler.accept(session);
            }
            if (!Journal.isWholeInItsFile(temp)) {
                // The closing checkpoint did not finish (a full disk): the file alone is not the journal.
                throw new RapportException(I18n.t("files.diskFull", String.valueOf(target.getParent()), target.getFileName().toString()));
            }
            SafeFiles.deleteQuietly(temp.resolveSibling(temp.getFileName() + ".lock"));
            SafeFiles.moveIntoPlaceAndSync(temp, target);
            temp = null;
        } catch (IOException e) {
            throw new RapportException(FileProblems.cannotWrite(target, e), e);
        } finally {
            if (temp != null) {
                Journal.deleteWithSideFiles(temp);
            }
        }
    }

    /** Writes the demo practice into an empty journal, in one transaction per client. */
    public static void fill(JournalSession session) {
        Random random = new Random(SEED);
        LocalDate today = session.today();
        for (DemoClient dc : CLIENTS) {
            Client client = session.clients().save(new Client(0, dc.name(), dc.status(), false, dc.industry(), dc.notes(), dc.rhythm()));
            List<Contact> people = new ArrayList<>();
            for (DemoPerson p : dc.people()) {
                people.add(session.contacts().save(new Contact(0, client.id(), p.name(), p.role(), p.email(), p.phone(),
                        p.channel(), p.zone(), p.notes(), p.carrier())));
            }
            session.interactions().saveAll(entries(random, client, people, dc, today));
        }
        DemoLedger.fill(session);
        DemoHealth.fill(session);
        DemoCrm.fill(session);
    }

    private static List<Interaction> entries(Random random, Client client, List<Contact> people, DemoClient dc, LocalDate today) {
        List<Interaction> out = new ArrayList<>();
        LocalDate day = today.minusDays(dc.lastContactDaysAgo());
        LocalDate start = today.minusDays(HISTORY_DAYS);
        while (!day.isBefore(start)) {
            out.add(entry(random, client, people, day));
            day = day.minusDays(Math.max(1, dc.cadenceDays() - 2 + random.nextInt(5)));
        }
        out.sort((a, b) -> a.occurredAt().compareTo(b.occurredAt()));
        return out;
    }

    private static Interaction entry(Random random, Client client, List<Contact> people, LocalDate day) {
        String[] topic = TOPICS[random.nextInt(TOPICS.length)];
        Channel channel = Channel.values()[random.nextInt(Channel.values().length - 1)];
        LocalDateTime at = LocalDateTime.of(day, LocalTime.of(9 + random.nextInt(8), random.nextBoolean() ? 0 : 30));
        List<Long> present = new ArrayList<>();
        present.add(people.get(0).id());
        if (people.size() > 1 && random.nextInt(3) == 0) {
            present.add(people.get(1).id());
        }
        Mood mood = MOODS[random.nextInt(MOODS.length)];
        return new Interaction(0, client.id(), at, channel, topic[0], topic[1], PRIVATE[random.nextInt(PRIVATE.length)],
                List.of(topic[2], client.industry().toLowerCase().replace(' ', '-')), mood, present);
    }
}
