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
import java.util.concurrent.TimeUnit;
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
        Path classList = demo.resolveSibling("bench-main.classlist");
        Path nativeFolder = demo.resolveSibling("bench-native");
        try {
            try (JournalSession s = JournalSession.open(demo)) {
                DemoJournal.fill(s);
            }
            List<String> empty = List.of("-cp", classPath, EmptyWindow.class.getName());
            List<String> main = List.of("-Drapport.exitAfterFirstFrame=true", "-cp", classPath, ENTRY_POINT, "--journal",
                    demo.toString());
            // The installed app's start options (installer/linux/launcher.sh): the window's JIT options, SQLite's library
            // as a file, and a class-data archive dumped (-Xshare:dump) from the classes one start of the main window loads.
            List<String> installedOptions = new ArrayList<>(Bench.WINDOW_JIT);
            installedOptions.addAll(sqliteAsAFile(nativeFolder));
            staticArchive(java, mainArchive, classList, classPath, main, installedOptions, time);
            installedOptions.add(0, "-XX:SharedArchiveFile=" + mainArchive);
            installedOptions.add(1, "-Xshare:auto");
            archive(java, emptyArchive, empty, time);
            List<String> emptyWithArchive = new ArrayList<>(Bench.WINDOW_JIT);
            emptyWithArchive.add("-XX:SharedArchiveFile=" + emptyArchive);
            Medians plain = new Medians(frameRuns);
            Medians installed = new Medians(frameRuns);
            for (int i = 0; i < frameRuns; i++) {
                plain.empty[i] = child(command(java, List.of(), empty, time), time)[0];
                plain.main(i, child(command(java, List.of(), main, time), time));
                installed.empty[i] = child(command(java, installedOptions, empty, time), time)[0];
                installed.emptyArchived[i] = child(command(java, emptyWithArchive, empty, time), time)[0];
                installed.main(i, child(command(java, installedOptions, main, time), time));
            }
            return new Bench.FirstFrame(plain.median(plain.empty), plain.median(plain.main), plain.median(plain.content), frameRuns, null,
                    new Bench.Installed(installed.median(installed.empty), installed.median(installed.emptyArchived),
                            installed.median(installed.main), installed.median(installed.content)));
        } catch (java.io.IOException | IllegalStateException e) {
            return Bench.FirstFrame.skipped("a window did not start: " + e.getMessage());
        } finally {
            for (Path file : List.of(time, emptyArchive, mainArchive, classList, nativeFolder.resolve(SQLITE_LIBRARY), nativeFolder)) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.log(Level.FINE, "Could not delete " + file, e);
                }
            }
            Bench.deleteJournal(demo);
        }
    }

    private static final String SQLITE_LIBRARY = "libsqlitejdbc.so";

    /**
     * The options that load SQLite's library from a file, as the installed app does (package.sh puts it in
     * lib/app/native), instead of copying it out of the jar at every start; none where the jar has no Linux library
     * for this machine.
     */
    private static List<String> sqliteAsAFile(Path folder) throws IOException {
        String arch = switch (System.getProperty("os.arch", "")) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> "";
        };
        boolean linux = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
        var library = FirstFrames.class.getClassLoader().getResourceAsStream("org/sqlite/native/Linux/" + arch + "/" + SQLITE_LIBRARY);
        if (!linux || arch.isEmpty() || library == null) {
            return List.of();
        }
        try (library) {
            Files.createDirectories(folder);
            Files.copy(library, folder.resolve(SQLITE_LIBRARY), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return List.of("-Dorg.sqlite.lib.path=" + folder, "-Dorg.sqlite.lib.name=" + SQLITE_LIBRARY);
    }

    /**
     * The installed app's class-data archive, made as package.sh and the install step make it: one start of the
     * main window with its start options lists the classes it loads (-XX:DumpLoadedClassList), then
     * -Xshare:dump archives them with the JDK's own.
     */
    private static void staticArchive(String java, Path archive, Path classList, String classPath, List<String> main,
                                      List<String> options, Path time) throws Exception {
        List<String> listing = new ArrayList<>(options);
        listing.add("-XX:DumpLoadedClassList=" + classList);
        child(command(java, listing, main, time), time);
        Process dump = new ProcessBuilder(java, "-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + archive, "-cp", classPath)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!dump.waitFor(300, TimeUnit.SECONDS)) {
            dump.destroyForcibly();
            throw new IllegalStateException("-Xshare:dump took over five minutes");
        }
        if (!Files.isRegularFile(archive) || Files.size(archive) == 0) {
            throw new IllegalStateException("this JVM wrote no class-data archive (-Xshare:dump, exit " + dump.exitValue() + ")");
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
