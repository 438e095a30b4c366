package dev.rapport.cli;

import dev.rapport.tools.bench.Bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Linux package's launcher (installer/linux/launcher.sh) starts the window with the JIT's quick
 * compiler only and every command with both: it must tell the two apart exactly as the app does
 * ({@link DesktopArgs}). Run over a stand-in for the bundled java that prints what it was given.
 */
@EnabledOnOs(OS.LINUX)
class LauncherScriptTest {
    private static final String QUICK_JIT = "-XX:TieredStopAtLevel=1";
    private static final String ONE_COMPILER_THREAD = "-XX:CICompilerCount=1";

    @TempDir
    Path temp;
    private Path home;
    private Path launcher;

    @BeforeEach
    void install() throws IOException {
        home = Files.createDirectories(temp.resolve("Rapport app")); // a folder with a space
        Path bin = Files.createDirectories(home.resolve("bin"));
        Path runtimeBin = Files.createDirectories(home.resolve("lib/runtime/bin"));
        Files.createDirectories(home.resolve("lib/app"));
        String script = Files.readString(Path.of("installer/linux/launcher.sh"))
                .replace("@CLASSPATH@", "$app/rapport.jar").replace("@MAIN_CLASS@", "dev.rapport.Launcher");
        launcher = executable(bin.resolve("Rapport"), script);
        executable(runtimeBin.resolve("java"), "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--demo", "--journal|/home/me/work.rapport", "--journal=/home/me/work.rapport",
            "--demo|--journal|a b.rapport", "--journal|x.rapport|--demo", "--demo|--demo", "--journal|a|--journal|b",
            "--journal", "--journal|--demo", "--journal| ", "--journal=", "--help", "-V", "today", "today|--journal|x",
            "export|json|--out|all.json", "--demo|today", "--journal|x|stats", "--debug"})
    void quickJitExactlyForTheStartsTheAppTreatsAsTheWindow(String joined) throws Exception {
        String[] args = joined.isEmpty() ? new String[0] : joined.split("\\|", -1);
        List<String> given = run(args, null);
        boolean window = DesktopArgs.of(args).isPresent();
        assertThat(given.contains(QUICK_JIT)).as("quick JIT for %s", List.of(args)).isEqualTo(window);
        if (window) {
            assertThat(given).as("the options the bench times as the installed start").containsSubsequence(Bench.WINDOW_JIT);
        }
        assertThat(given.contains(ONE_COMPILER_THREAD)).as("one compiler thread for %s", List.of(args)).isEqualTo(window);
        assertThat(given.subList(given.indexOf("dev.rapport.Launcher") + 1, given.size()))
                .as("the arguments pass through unchanged").containsExactly(args);
    }

    @Test
    void rapportJitFullKeepsBothCompilersForTheWindowToo() throws Exception {
        assertThat(run(new String[]{"--demo"}, "full")).doesNotContain(QUICK_JIT, ONE_COMPILER_THREAD).contains("--demo");
    }

    @Test
    void theArchiveAndSqlitesLibraryAreUsedWhenThereEachAsOneWordInAFolderWithASpace() throws Exception {
        Path app = home.resolve("lib/app");
        assertThat(run(new String[]{"--demo"}, null)).noneMatch(a -> a.contains("SharedArchiveFile") || a.contains("org.sqlite"));
        Files.createDirectories(app.resolve("native"));
        Files.writeString(app.resolve("native/libsqlitejdbc.so"), "");
        Files.writeString(app.resolve("rapport.jsa"), "");
        List<String> given = run(new String[]{"today"}, null);
        assertThat(given).containsSubsequence("-XX:SharedArchiveFile=" + app.resolve("rapport.jsa"), "-Xshare:auto",
                "-Dorg.sqlite.lib.path=" + app.resolve("native"), "-Dorg.sqlite.lib.name=libsqlitejdbc.so",
                "-cp", "dev.rapport.Launcher", "today");
        assertThat(given.get(given.indexOf("-cp") + 1)).isEqualTo(app.resolve("rapport.jar").toString());
    }

    @Test
    void theUsersOwnOptionsComeAfterTheLaunchersSoTheyWin() throws Exception {
        Path app = home.resolve("lib/app");
        Files.createDirectories(app.resolve("native"));
        Files.writeString(app.resolve("native/libsqlitejdbc.so"), "");
        Files.writeString(app.resolve("rapport.jsa"), "");
        List<String> given = run(new String[]{"--demo"}, null, "-XX:TieredStopAtLevel=4 -Xshare:off");
        assertThat(given).containsSubsequence("-XX:SharedArchiveFile=" + app.resolve("rapport.jsa"), QUICK_JIT,
                "-Dorg.sqlite.lib.path=" + app.resolve("native"), "-XX:TieredStopAtLevel=4", "-Xshare:off", "-cp");
    }

    private List<String> run(String[] args, String jit) throws Exception {
        return run(args, jit, null);
    }

    private List<String> run(String[] args, String jit, String userOptions) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("RAPPORT_JAVA_OPTIONS");
        pb.environment().remove("RAPPORT_JIT");
        if (jit != null) {
            pb.environment().put("RAPPORT_JIT", jit);
        }
        if (userOptions != null) {
            pb.environment().put("RAPPORT_JAVA_OPTIONS", userOptions);
        }
        Path output = temp.resolve("output.txt");
        Process p = pb.redirectOutput(output.toFile()).start();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).as("the launcher finished").isTrue();
        String out = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        return out.lines().toList();
    }

    private static Path executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
