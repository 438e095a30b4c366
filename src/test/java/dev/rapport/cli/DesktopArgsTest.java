package dev.rapport.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DesktopArgsTest {
    @Test
    void theCommandLinesThatOnlyStartTheWindowAreReadAtOnce() {
        assertThat(DesktopArgs.of()).contains(new DesktopArgs(null, false));
        assertThat(DesktopArgs.of("--demo")).contains(new DesktopArgs(null, true));
        assertThat(DesktopArgs.of("--journal", "work/acme.rapport")).contains(new DesktopArgs(Path.of("work/acme.rapport"), false));
        assertThat(DesktopArgs.of("--journal=work/acme.rapport")).contains(new DesktopArgs(Path.of("work/acme.rapport"), false));
        assertThat(DesktopArgs.of("--demo", "--journal", "a b.rapport")).contains(new DesktopArgs(Path.of("a b.rapport"), true));
        assertThat(DesktopArgs.of("--journal", "x.rapport", "--demo")).contains(new DesktopArgs(Path.of("x.rapport"), true));
    }

    @Test
    void everythingElseIsLeftToTheFullCommandLine() {
        for (String[] args : new String[][]{{"--help"}, {"-h"}, {"--version"}, {"today"}, {"search", "acme"}, {"--journal"},
                {"--journal", "--demo"}, {"--journal="}, {"--journal", ""}, {"--demo", "--demo"}, {"--journal", "a", "--journal", "b"},
                {"--debug"}, {"--jornal", "x"}, {"x.rapport"}, {"--demo", "today"}}) {
            assertThat(DesktopArgs.of(args)).as(String.join(" ", args)).isEmpty();
        }
    }
}
