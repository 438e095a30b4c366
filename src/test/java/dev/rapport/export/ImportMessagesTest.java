package dev.rapport.export;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.RapportException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A refused import says why in the user's words: no commons-csv text, no Jackson limits, no SQLite constraint names. */
class ImportMessagesTest {
    @TempDir
    Path dir;

    @AfterEach
    void english() {
        I18n.use(Language.ENGLISH);
    }

    private static ByteArrayInputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aBrokenQuoteInACsvNamesItsLine(Language language) {
        I18n.use(language);
        try (JournalSession s = JournalSession.open(dir.resolve("x.rapport"), JsonExportTest.CLOCK)) {
            assertThatThrownBy(() -> new DataExchange(s.data()).readContactCsv(in("name,email\r\nAnn,ann@example.com\r\n\"Bob,bob@example.com\r\n"), "Acme"))
                    .isInstanceOf(RapportException.class)
                    .hasMessage(I18n.t("data.csv.unreadable", I18n.t("imports.reason.quotes", "3")))
                    .hasMessageNotContaining("encapsulated").hasMessageNotContaining("Exception");
        }
    }

    @Test
    void aValueBeyondJacksonsLimitIsRefusedWithoutItsInternals() {
        String huge = "x".repeat(20_000_001);
        String doc = "{\"format\": \"rapport-journal\", \"version\": 1, \"schema\": 3, \"tables\": {\n"
                + "\"client\": [{\"id\": 1, \"name\": \"" + huge + "\"}]}}";
        try (JournalSession s = JournalSession.open(dir.resolve("x.rapport"), JsonExportTest.CLOCK)) {
            assertThatThrownBy(() -> new DataExchange(s.data()).readJson(in(doc)))
                    .isInstanceOf(RapportException.class)
                    .hasMessage(I18n.t("imports.reason.tooLarge", "2"))
                    .hasMessageNotContaining("StreamReadConstraints");
        }
    }
}
