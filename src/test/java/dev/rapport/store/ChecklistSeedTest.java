package dev.rapport.store;

import dev.rapport.i18n.Language;
import dev.rapport.i18n.Messages;
import dev.rapport.model.ChecklistItem;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built-in checklist follows the language because its stored texts are the English defaults:
 * every seeded row (V3, so every existing journal) must equal the English bundle word for word.
 */
class ChecklistSeedTest {
    @TempDir
    Path dir;

    @Test
    void everySeededItemIsTheEnglishBundlesWording() {
        Messages english = Messages.of(Language.ENGLISH);
        try (Journal journal = Journal.open(dir.resolve("j.rapport"))) {
            var items = new ChecklistRepository(journal).all();
            assertThat(items).hasSize(15);
            for (ChecklistItem item : items) {
                String key = "checklist.item." + item.code().toLowerCase(Locale.ROOT) + ".";
                assertThat(item.name()).isEqualTo(english.get(key + "name"));
                assertThat(item.meaning()).isEqualTo(english.get(key + "meaning"));
                assertThat(item.prompt()).isEqualTo(english.get(key + "prompt"));
                assertThat(item.forStorage()).isEqualTo(item);
            }
        }
    }
}
