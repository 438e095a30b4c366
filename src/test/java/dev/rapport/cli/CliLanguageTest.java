package dev.rapport.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.i18n.LanguageChoice;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line speaks RAPPORT_LANG's language; JSON, option names and exit codes never change. */
class CliLanguageTest {
    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String lang, String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = RapportCommand.run(args, (journal, demo) -> { }, new PrintWriter(o, true), new PrintWriter(e, true), lang);
        out = o.toString();
        err = e.toString();
        return code;
    }

    @AfterEach
    void english() {
        LanguageChoice.forget();
        I18n.use(Language.ENGLISH);
    }

    @Test
    void englishByDefault() {
        assertThat(run(null, "--help")).isZero();
        assertThat(out).contains("Usage: rapport", "Commands:", "Show this help message and exit.", "Write a new journal filled");
        assertThat(run(null, "search")).isEqualTo(2);
        assertThat(err).contains("Missing required parameter", "Run 'rapport --help' for usage.");
    }

    @Test
    void helpAndErrorsInUkrainian() {
        assertThat(run("uk", "--help")).isZero();
        assertThat(out).contains("Використання: rapport", "Команди:", "Показати цю довідку й вийти.",
                "Створити новий журнал із реалістичними демонстраційними даними.", "--journal=FILE").doesNotContain("Show this help");
        assertThat(run("uk", "import", "--help")).isZero();
        assertThat(out).contains("Перевірити файл і показати, що буде додано", "--dry-run");
        assertThat(run("uk", "search")).isEqualTo(2);
        assertThat(err).contains("rapport: Бракує: TEXT", "Запустіть 'rapport --help'");
        assertThat(run("uk", "stats", "--bogus")).isEqualTo(2);
        assertThat(err).contains("Невідомий параметр або аргумент: --bogus");
    }

    @Test
    void outputAndErrorsInLithuanianJsonUnchanged() throws Exception {
        Path journal = dir.resolve("demo.rapport");
        assertThat(run("lt", "demo", journal.toString())).isZero();
        assertThat(out).contains("Įrašytas demonstracinis žurnalas", "klientų 12");
        assertThat(run("lt", "demo", journal.toString())).isEqualTo(1);
        assertThat(err).startsWith("rapport: ").contains("jau yra");
        assertThat(run("lt", "stats", "--journal", journal.toString())).isZero();
        assertThat(out).contains("Klientai       12", "Pažadai        įvykdyta");
        assertThat(run("lt", "stats", "--journal", journal.toString(), "--json")).isZero();
        assertThat(new ObjectMapper().readTree(out).get("clients").asInt()).isEqualTo(12);
        assertThat(out).contains("\"keepInTouch\"").doesNotContain("Klientai");
        assertThat(run("uk", "health", "--journal", journal.toString(), "--client", "northwind")).isZero();
        assertThat(out).containsPattern("(?m)^Клієнт +Northwind Health Trust$").containsPattern("(?m)^Період +з 2026-10-01 до 2026-12-31$")
                .containsPattern("(?m)^Атрибути +найслабші спершу");
        int column = out.lines().findFirst().orElseThrow().indexOf("Northwind");
        assertThat(out.lines().filter(l -> l.startsWith("Період"))).allSatisfy(l -> assertThat(l.indexOf("з 2026")).isEqualTo(column));
        assertThat(run("lt", "search", "--journal", journal.toString(), "nieko-tokio-nera")).isZero();
        assertThat(err).contains("Nieko nerasta.");
    }

    @Test
    void theLanguageIsRapportLangElseTheSavedChoiceElseTheSystems() {
        assertThat(LanguageChoice.effective("ro")).isEqualTo(Language.ROMANIAN);
        assertThat(LanguageChoice.effective(null)).isEqualTo(Language.ENGLISH);
        LanguageChoice.save(Language.RUSSIAN);
        assertThat(LanguageChoice.effective(" ")).isEqualTo(Language.RUSSIAN);
        assertThat(LanguageChoice.effective("xx")).isEqualTo(Language.RUSSIAN);
        assertThat(LanguageChoice.effective("LT")).isEqualTo(Language.LITHUANIAN);
        assertThat(run(null, "--help")).isZero();
        assertThat(out).contains("Использование: rapport");
    }
}
