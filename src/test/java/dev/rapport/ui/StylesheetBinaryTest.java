package dev.rapport.ui;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build writes rapport.css again as rapport.bss (pom.xml, css-to-binary), which JavaFX reads
 * in its place without parsing: it must be there and be exactly what the stylesheet compiles to
 * now, so a stylesheet changed without its binary form fails here rather than on screen.
 */
class StylesheetBinaryTest {
    @TempDir
    Path dir;

    @Test
    void theBinaryStylesheetIsTheSourceCompiledNow() throws Exception {
        URL css = RapportApp.class.getResource("rapport.css");
        URL bss = RapportApp.class.getResource("rapport.bss");
        assertThat(bss).as("rapport.bss beside rapport.css (mvn process-classes writes it)").isNotNull();
        // compiled in a fresh JVM as the build does: a compound pseudo-class is written in the order the
        // JVM registered its pseudo-classes, which the other tests of this run have changed here
        Path source = Files.copy(Path.of(css.toURI()), dir.resolve("rapport.css"));
        Process css2bin = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "com.sun.javafx.css.parser.Css2Bin", source.toString())
                .redirectErrorStream(true).start();
        String said = new String(css2bin.getInputStream().readAllBytes());
        assertThat(css2bin.waitFor()).as(said).isZero();
        Path fresh = dir.resolve("rapport.bss");
        assertThat(Files.readAllBytes(Path.of(bss.toURI()))).isEqualTo(Files.readAllBytes(fresh));
        assertThat(Stylesheet.loadBinary(bss).getRules()).hasSameSizeAs(new CssParser().parse(css).getRules()).hasSizeGreaterThan(20);
    }
}
