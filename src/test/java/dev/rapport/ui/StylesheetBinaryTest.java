package dev.rapport.ui;

import java.io.File;
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
        Path fresh = dir.resolve("rapport.bss");
        Stylesheet.convertToBinary(new File(css.toURI()), fresh.toFile());
        assertThat(Files.readAllBytes(Path.of(bss.toURI()))).isEqualTo(Files.readAllBytes(fresh));
        assertThat(Stylesheet.loadBinary(bss).getRules()).hasSameSizeAs(new CssParser().parse(css).getRules()).hasSizeGreaterThan(20);
    }
}
