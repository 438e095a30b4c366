package dev.rapport.cli;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.Bench;
import dev.rapport.logic.SyntheticJournal;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Version.class, description = "Build a synthetic journal and print how long the common actions take.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--scale", defaultValue = "100",
            description = "Size factor: 10×N clients, 50×N contacts, 1000×N entries (default: ${DEFAULT-VALUE}, i.e. 100,000 entries).")
    int scale;

    @Option(names = "--quick", description = "A small journal (scale 5) and few runs, for a smoke test.")
    boolean quick;

    @Option(names = "--runs", defaultValue = "50", description = "Timed runs per figure (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Option(names = "--journal", paramLabel = "FILE", description = "Where to build the synthetic journal (default: a temporary file, deleted after).")
    Path journal;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int factor = quick ? 5 : scale;
        int timedRuns = quick ? Math.min(runs, 10) : runs;
        if (factor < 1 || timedRuns < 1) {
            throw new dev.rapport.model.RapportException(I18n.t("cli.bench.atLeastOne"));
        }
        Path folder = journal == null ? Files.createTempDirectory("rapport-bench") : null;
        Path file = journal == null ? folder.resolve("bench.rapport") : journal;
        if (Files.exists(file) && Files.size(file) > 0) {
            throw new dev.rapport.model.RapportException(I18n.t("cli.bench.exists", file.toString()));
        }
        PrintWriter out = spec.commandLine().getOut();
        SyntheticJournal.Scale s = SyntheticJournal.Scale.of(factor);
        if (!json) {
            out.printf("Building a synthetic journal: %,d clients, %,d contacts, %,d entries…%n",
                    s.clients(), s.clients() * s.contactsPerClient(), s.entries());
            out.flush();
        }
        try {
            Bench.Report report = new Bench(timedRuns).run(file, s);
            if (json) {
                out.println(Json.write(Bench.toMap(report)));
            } else {
                print(out, report);
            }
        } finally {
            if (folder != null) {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, Bench.Report r) {
        out.printf("Built in %.1f s. Java %s, %d cores.%n%n", r.generateSeconds(), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        out.printf("%-58s %10s %10s %14s%n", "figure", "median ms", "p95 ms", "× floor (SQL)");
        for (Bench.Figure f : r.figures()) {
            out.printf("%-58s %10.2f %10.2f %14s%n", f.name(), f.medianMs(), f.p95Ms(),
                    f.ratio() == null ? "" : String.format(java.util.Locale.ROOT, "%.1f× (%.2f)", f.ratio(), f.floorMedianMs()));
        }
        out.printf("%nJSON export ÷ its floor (JDBC + Jackson of the interactions): %.2f× (target ≤ 2×)%n", Bench.exportToFloorRatio(r));
        out.printf("%npeak heap: %d MB (plain journal, generation excluded); %d MB while an encrypted copy is held in memory%n",
                r.peakHeapMb(), r.encryptedPeakHeapMb());
        out.println("An encrypted journal is held in memory and every saved change re-seals (AES-256-GCM) and");
        out.println("rewrites the whole file atomically, so its save time grows with the journal's size.");
    }
}
