package dev.rapport.tools.bench;

import dev.rapport.export.mail.MailFolderImport;
import dev.rapport.export.mail.MailSources;
import dev.rapport.logic.JournalSession;
import dev.rapport.logic.MailIntake;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 17's mail figure: an mbox of 10,000 messages, about 1,000 of them to or from known people,
 * read into a journal of 200 clients with 1,000 people — the time and the peak heap (target
 * under 30 s and under 300 MB; run with -Xmx300m to hold the heap to it). The mbox is written
 * beside the journal and deleted after. One run: a second read would only find every message
 * already there (that takes its own figure).
 */
final class MailBench {
    static final String NAME = "mbox of %,d messages (about %,d to/from known people) read";
    static final String AGAIN = "the same mbox read again (every message already there)";
    static final String CPU = "(processor time of the first read, whatever else the machine runs)";

    private final int messages;

    MailBench(int messages) {
        this.messages = messages;
    }

    List<Bench.Figure> run(Path dir) throws Exception {
        Path journal = dir.resolve("bench-mail.rapport");
        Path mbox = dir.resolve("bench-mail.mbox");
        List<Bench.Figure> out = new ArrayList<>();
        try (JournalSession session = JournalSession.open(journal)) {
            List<String> emails = people(session, 200, 5);
            int known = SyntheticMail.write(mbox, emails, messages, 10, 17);
            long cpu = cpuNanos();
            out.add(once(String.format(java.util.Locale.ROOT, NAME, messages, known), session, mbox));
            double cpuMs = (cpuNanos() - cpu) / 1e6;
            out.add(once(AGAIN, session, mbox));
            out.add(new Bench.Figure(CPU, cpuMs, cpuMs, 1, 0));
        } finally {
            Files.deleteIfExists(mbox);
            Bench.deleteJournal(journal);
        }
        return out;
    }

    private static Bench.Figure once(String name, JournalSession session, Path mbox) {
        System.gc();
        Bench.resetPeaks();
        long start = System.nanoTime();
        MailFolderImport.Result r = new MailFolderImport(session.mail(), false, false)
                .read(MailSources.of(List.of(mbox)), (d, t, s) -> { }, () -> false);
        double ms = (System.nanoTime() - start) / 1e6;
        if (r.report().failures().size() > 0 || r.report().count(MailIntake.Status.IMPORTED) + r.report().count(MailIntake.Status.ALREADY_IMPORTED)
                + r.report().count(MailIntake.Status.UNMATCHED) + r.report().count(MailIntake.Status.MAILING_LIST) == 0) {
            throw new IllegalStateException("the synthetic mbox did not read: " + r.report().summary());
        }
        return new Bench.Figure(name, ms, ms, 1, Bench.peakHeapMb());
    }

    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** {@code clients} clients with {@code each} people, their emails. */
    private static List<String> people(JournalSession session, int clients, int each) {
        List<String> emails = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Client client = session.clients().save(Client.create("Mail client " + c));
            for (int p = 0; p < each; p++) {
                String email = "person" + p + "@client" + c + ".example";
                session.contacts().save(new Contact(0, client.id(), "Person " + p + " of " + c, "", email, "", null, "", "", false));
                emails.add(email);
            }
        }
        return emails;
    }
}
