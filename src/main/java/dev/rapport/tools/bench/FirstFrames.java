package dev.rapport.tools.bench;

import dev.rapport.logic.JournalSession;
import dev.rapport.tools.demo.DemoJournal;
import dev.rapport.tools.window.EmptyWindow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The bench's start-up figure: time from starting a JVM to its window's first frame, an empty
 * window against the main window on the demo journal, plainly and as the installed app starts.
 */
final class FirstFrames {
    private static final Logger LOG = Logger.getLogger(FirstFrames.class.getName());

    private final int frameRuns;

    FirstFrames(int frameRuns) {
        this.frameRuns = frameRuns;
    }

    /**
     * The jar's entry point, named as the installers name it: the launcher starts the tools, so a
     * class reference here would make a cycle.
     */
    private static final String ENTRY_POINT = "dev.rapport.Launcher";

    /**
     * Starts the empty window and the main window on the demo journal in turns, each in a new JVM
     * with the same class path, and reads each one's first-frame time. Without a display (Linux with
     * neither DISPLAY nor WAYLAND_DISPLAY) it says so and measures nothing.
     */
    Bench.FirstFrame measure(Path demo) throws Exception {
        boolean linux = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
        if (linux && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            return Bench.FirstFrame.skipped("no display (run under xvfb-run -a -s \"-screen 0 1440x900x24\" to measure it)");
        }
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String classPath = System.getProperty("java.class.path");
        Path time = demo.resolveSibling("bench-first-frame.txt");
        Path emptyArchive = demo.resolveSibling("bench-empty.jsa");
        Path mainArchive = demo.resolveSibling("bench-main.jsa");
        try {
            try (JournalSession s = JournalSession.open(demo)) {
                DemoJournal.fill(s);
            }
            List<String> empty = List.of("-cp", classPath, EmptyWindow.class.getName());
            List<String> main = List.of("-Drapport.exitAfterFirstFrame=true", "-cp", classPath, ENTRY_POINT, "--journal",
                    demo.toString());
            archive(java, emptyArchive, empty, time);
            archive(java, mainArchive, main, time);
            List<String> emptyWithArchive = new ArrayList<>(Bench.WINDOW_JIT);
            emptyWithArchive.add("-XX:SharedArchiveFile=" + emptyArchive);
            List<String> mainWithArchive = new ArrayList<>(Bench.WINDOW_JIT);
            mainWithArchive.add("-XX:SharedArchiveFile=" + mainArchive);
            Medians plain = new Medians(frameRuns);
            Medians installed = new Medians(frameRuns);
            for (int i = 0; i < frameRuns; i++) {
                plain.empty[i] = child(command(java, List.of(), empty, time), time)[0];
                plain.main(i, child(command(java, List.of(), main, time), time));
                installed.empty[i] = child(command(java, Bench.WINDOW_JIT, empty, time), time)[0];
                installed.emptyArchived[i] = child(command(java, emptyWithArchive, empty, time), time)[0];
                installed.main(i, child(command(java, mainWithArchive, main, time), time));
            }
            return new Bench.FirstFrame(plain.median(plain.empty), plain.median(plain.main), plain.median(plain.content), frameRuns, null,
                    new Bench.Installed(installed.median(installed.empty), installed.median(installed.emptyArchived),
                            installed.median(installed.main), installed.median(installed.content)));
        } catch (java.io.IOException | IllegalStateException e) {
            return Bench.FirstFrame.skipped("a window did not start: " + e.getMessage());
        } finally {
            for (Path file : List.of(time, emptyArchive, mainArchive)) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.log(Level.FINE, "Could not delete " + file, e);
                }
            }
            Bench.deleteJournal(demo);
        }
    }

    /** One start that writes a class-data archive of what it loaded; a JVM that cannot only warns, so the file is checked. */
    private static void archive(String java, Path archive, List<String> start, Path time) throws Exception {
        child(command(java, List.of("-XX:ArchiveClassesAtExit=" + archive), start, time), time);
        if (!Files.isRegularFile(archive) || Files.size(archive) == 0) {
            throw new IllegalStateException("this JVM wrote no class-data archive (-XX:ArchiveClassesAtExit)");
        }
    }

    private static List<String> command(String java, List<String> options, List<String> rest, Path time) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(options);
        command.add("-Drapport.firstFrameFile=" + time);
        command.addAll(rest);
        return command;
    }

    /** One set of starts' first frames (and, for the main window, its frame with Today's rows). */
    private static final class Medians {
        final double[] empty;
        final double[] emptyArchived;
        final double[] main;
        final double[] content;

        Medians(int runs) {
            empty = new double[runs];
            emptyArchived = new double[runs];
            main = new double[runs];
            content = new double[runs];
        }

        void main(int i, long[] frames) {
            if (frames.length < 2) {
                throw new IllegalStateException("the main window wrote no frame with Today's rows");
            }
            main[i] = frames[0];
            content[i] = frames[1];
        }

        double median(double[] values) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            return Bench.percentile(sorted, 50);
        }
    }

    /** Starts a child JVM and returns its frames' times in milliseconds from just before the start. */
    private static long[] child(List<String> command, Path time) throws Exception {
        Files.deleteIfExists(time);
        long started = System.currentTimeMillis();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("no first frame within two minutes");
        }
        if (!Files.exists(time)) {
            throw new IllegalStateException("exit " + p.exitValue() + " without a first frame");
        }
        // The child writes wall-clock times: measured from here, the JVM's own start counts too.
        return Files.readAllLines(time).stream().map(String::strip).filter(l -> !l.isEmpty())
                .mapToLong(l -> Long.parseLong(l) - started).toArray();
    }
}
