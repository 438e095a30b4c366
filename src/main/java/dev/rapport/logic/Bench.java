package dev.rapport.logic;


import dev.rapport.store.Floors;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The benchmark behind `rapport bench`: builds a synthetic journal and times what a user waits
 * for. Timings are medians and 95th percentiles of repeated runs after a warm-up.
 */
public final class Bench {
    /** One measured figure, in milliseconds. */
    public record Figure(String name, double medianMs, double p95Ms, int runs, Double floorMedianMs) {
        public Figure(String name, double medianMs, double p95Ms, int runs) {
            this(name, medianMs, p95Ms, runs, null);
        }

        /** The figure as a multiple of its floor (the bare SQL), or null without one. */
        public Double ratio() {
            return floorMedianMs == null || floorMedianMs <= 0 ? null : medianMs / floorMedianMs;
        }

        Figure withFloor(Figure floor) {
            return new Figure(name, medianMs, p95Ms, runs, floor.medianMs());
        }
    }

    /** Peak heap of the plain journal's figures, and separately of the encrypted ones (held in memory). */
    public record Report(SyntheticJournal.Scale scale, double generateSeconds, List<Figure> figures, long peakHeapMb,
                         long encryptedPeakHeapMb) {
    }

    private final int runs;

    public Bench(int runs) {
        this.runs = runs;
    }

    public Report run(Path file, SyntheticJournal.Scale scale) throws Exception {
        resetPeaks();
        long t0 = System.nanoTime();
        try (JournalSession session = JournalSession.open(file)) {
            SyntheticJournal.fill(session, scale, LocalDateTime.now().withSecond(0).withNano(0), 42);
        }
        double generate = (System.nanoTime() - t0) / 1e9;
        List<Figure> figures = new ArrayList<>();
        long plainPeak;
        resetPeaks();
        figures.add(measure("open the journal", () -> {
            JournalSession.open(file).close();
            return null;
        }));
        try (JournalSession session = JournalSession.open(file)) {
            Floors floors = new Floors(session.journal());
            for (String q : List.of(SyntheticJournal.RARE_WORD, SyntheticJournal.COMMON_WORD, "me ag", "budg rev",
                    "olena kov", "m", "zzzz")) {
                Figure f = measure("search \"" + q + "\" (first page)", () -> session.search().search(q));
                figures.add(q.equals(SyntheticJournal.RARE_WORD) || q.equals(SyntheticJournal.COMMON_WORD)
                        ? f.withFloor(measure("floor", () -> floors.ftsPage(q))) : f);
            }
            figures.add(measure("(naive: rank every \"" + SyntheticJournal.COMMON_WORD + "\" match by bm25)",
                    () -> floors.ftsRankAll(SyntheticJournal.COMMON_WORD)));
            var first = session.search().search(SyntheticJournal.COMMON_WORD);
            figures.add(measure("search \"" + SyntheticJournal.COMMON_WORD + "\" (second page)",
                    () -> session.search().moreEntries(first)));
            long clientId = scale.clients() / 2;
            figures.add(measure("client page (header, people, 50 entries)", () -> {
                session.clients().overview(clientId);
                session.contacts().forClient(clientId);
                return session.interactions().forClient(clientId, 50, 0);
            }).withFloor(measure("floor", () -> floors.latestEntries(clientId))));
            figures.add(measure("client page ledger tabs (promises, problems, requests)", () -> {
                session.ledger().promises(clientId);
                session.ledger().problems(clientId);
                return session.ledger().requests(clientId);
            }));
            figures.add(measure("client list (all clients, last contact, open items)", () -> session.clients().overviews(false))
                    .withFloor(measure("floor", floors::lastContactOfEveryClient)));
            figures.add(measure("Today view", () -> session.todayList().today()));
            figures.add(measure("all-client ledger figures (promises, problems, requests)",
                    () -> session.ledger().figures(null, null, null)));
            figures.add(measure("health heat map (clients × attributes)", () -> session.health().heatMap()));
            figures.add(measure("journal view (first 100 entries)",
                    () -> session.interactions().page(dev.rapport.model.JournalFilter.ALL, 100, 0)));
            figures.addAll(reports(session, clientId));
            plainPeak = peakHeapMb();
            resetPeaks();
            figures.addAll(encrypted(session, file));
        }
        return new Report(scale, generate, figures, plainPeak, peakHeapMb());
    }

    /** The meeting brief and the client summary (a year) for one client, assembled and rendered. */
    private List<Figure> reports(JournalSession session, long clientId) throws Exception {
        List<Figure> out = new ArrayList<>();
        java.time.LocalDate today = session.today();
        dev.rapport.model.Period year = new dev.rapport.model.Period(today.minusYears(1).plusDays(1), today);
        out.add(measure("build a brief", () -> session.reports().brief(clientId)));
        int slow = Math.min(runs, 20);
        out.add(measure("brief PDF (one page)", slow,
                () -> dev.rapport.export.BriefRenderer.pdf(session.reports().brief(clientId))));
        for (dev.rapport.export.SummaryRenderer.Format f : dev.rapport.export.SummaryRenderer.Format.values()) {
            out.add(measure("render a client summary (" + f.extension() + ", a year)", f == dev.rapport.export.SummaryRenderer.Format.PDF ? slow : runs,
                    () -> dev.rapport.export.SummaryRenderer.render(session.reports().summary(clientId, year), f)));
        }
        return out;
    }

    /**
     * The same journal encrypted (production Argon2id cost): opening it, and one small change,
     * which re-seals the whole database and writes it atomically (what every save costs).
     */
    private List<Figure> encrypted(JournalSession plain, Path file) throws Exception {
        Path copy = file.resolveSibling("bench-encrypted.rapport");
        char[] passphrase = "bench passphrase".toCharArray();
        List<Figure> out = new ArrayList<>();
        try {
            plain.backups().backupNow(copy);
            EncryptionService.encrypt(copy, passphrase, EncryptionService.Progress.NONE);
            String size = String.format(java.util.Locale.ROOT, "%.0f MB", Files.size(copy) / 1e6);
            int slow = Math.min(runs, 5);
            out.add(measure("open encrypted (Argon2id, decrypt, load)", slow, () -> {
                JournalSession.openEncrypted(copy, passphrase).close();
                return null;
            }));
            try (JournalSession session = JournalSession.openEncrypted(copy, passphrase)) {
                int[] n = {0};
                out.add(measure("encrypted save (seal + write " + size + ")", Math.min(runs, 20), () -> {
                    session.settings().put("bench.counter", String.valueOf(n[0]++));
                    return null;
                }));
            }
        } finally {
            java.util.Arrays.fill(passphrase, '\0');
            Files.deleteIfExists(copy);
            Files.deleteIfExists(copy.resolveSibling(copy.getFileName() + ".lock"));
        }
        return out;
    }

    private Figure measure(String name, Callable<?> work) throws Exception {
        return measure(name, runs, work);
    }

    private Figure measure(String name, int runs, Callable<?> work) throws Exception {
        for (int i = 0; i < Math.max(2, runs / 5); i++) {
            work.call();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.call();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new Figure(name, percentile(ms, 50), percentile(ms, 95), runs);
    }

    static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }

    /** For JSON output. */
    public static Map<String, Object> toMap(Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clients", r.scale().clients());
        m.put("entries", r.scale().entries());
        m.put("generateSeconds", r.generateSeconds());
        m.put("peakHeapMb", r.peakHeapMb());
        m.put("encryptedPeakHeapMb", r.encryptedPeakHeapMb());
        m.put("figures", r.figures());
        return m;
    }

}
