package dev.rapport.export;

import dev.rapport.i18n.Language;
import dev.rapport.i18n.Messages;
import dev.rapport.logic.Brief;
import dev.rapport.logic.ClientSummary;
import dev.rapport.logic.ReportFixture;
import dev.rapport.model.Period;
import dev.rapport.model.Problem;
import dev.rapport.model.Promise;
import dev.rapport.model.RaisedBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The brief and the summary in each of the five languages: no raw key, the language's headings, dates and letters. */
class ReportLanguagesTest {
    /** A key of one of the areas the reports read, left untranslated. */
    static final Pattern RAW_KEY = Pattern.compile("\\b(summary|brief|model|checklist|validation|common)\\.[a-zA-Z0-9.]+\\b");

    @TempDir
    Path dir;
    ReportFixture f;
    ClientSummary summary;
    Brief brief;

    @BeforeEach
    void open() {
        f = ReportFixture.create(dir.resolve("j.rapport"));
        summary = f.session.reports().summary(f.baltic.id(), new Period(ReportFixture.FROM, ReportFixture.TO));
        brief = f.session.reports().brief(f.baltic.id());
    }

    @AfterEach
    void close() {
        f.session.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|Summary for Baltic|## 3. Problems|Open promises (2, 1 overdue)|OVERDUE since Nov 20, 2026",
            "uk|Звіт для Baltic|## 3. Проблеми|Відкриті обіцянки (2, прострочено: 1)|ПРОСТРОЧЕНО з 20 лист. 2026 р.",
            "ru|Отчёт для Baltic|## 3. Проблемы|Открытые обязательства (2, просрочено: 1)|ПРОСРОЧЕНО с 20 нояб. 2026 г.",
            "ro|Raport pentru Baltic|## 3. Probleme|Promisiuni deschise (2, restante: 1)|RESTANTĂ din 20 nov. 2026",
            "lt|Ataskaita: Baltic|## 3. Problemos|Atviri įsipareigojimai (2, pavėluoti: 1)|PAVĖLUOTA nuo 2026-11-20"})
    void briefAndSummaryAreWhollyInTheLanguage(String code, String summaryTitle, String problems, String promises, String overdue) {
        Messages m = Messages.of(Language.ofCode(code).orElseThrow());
        String md = SummaryRenderer.markdown(summary, m);
        String html = SummaryRenderer.html(summary, m);
        String briefMd = BriefRenderer.markdown(brief, m);
        for (String out : new String[] {md, html, briefMd}) {
            assertThat(RAW_KEY.matcher(out).results().map(r -> r.group()).toList()).as(code).isEmpty();
        }
        assertThat(md).startsWith("# " + summaryTitle).contains(problems);
        assertThat(html).contains("<html lang=\"" + code + "\">");
        assertThat(briefMd).contains("## " + promises).contains(overdue);
    }

    @Test
    void ukrainianAndRomanianSummariesMatchTheirGoldenFiles() throws IOException {
        Golden.check("summary_uk.md", SummaryRenderer.markdown(summary, Messages.of(Language.UKRAINIAN)));
        Golden.check("summary_ro.md", SummaryRenderer.markdown(summary, Messages.of(Language.ROMANIAN)));
        Golden.check("brief_lt.md", BriefRenderer.markdown(brief, Messages.of(Language.LITHUANIAN)));
    }

    @Test
    void figuresUseTheLanguagesDecimalSeparator() {
        assertThat(SummaryRenderer.markdown(summary, Messages.of(Language.ENGLISH))).contains("answered in 6.5 h");
        assertThat(SummaryRenderer.markdown(summary, Messages.of(Language.UKRAINIAN))).contains("відповідь за 6,5 год");
        assertThat(SummaryRenderer.markdown(summary, Messages.of(Language.RUSSIAN))).contains("Решено 1 · в срок 100\u00a0%");
        assertThat(SummaryRenderer.markdown(summary, Messages.of(Language.LITHUANIAN))).contains("atsakyta per 6,5 val.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|1. Progress|Consequences: Drivers",
            "uk|1. Хід роботи|Наслідки: Drivers",
            "ru|1. Ход работ|Последствия: Drivers",
            "ro|1. Progres|Consecințe: Drivers",
            "lt|1. Darbų eiga|Pasekmės: Drivers"})
    void thePdfCarriesEachLanguagesLetters(String code, String heading, String line) throws IOException {
        Messages m = Messages.of(Language.ofCode(code).orElseThrow());
        String text = ReportRenderingTest.text(SummaryRenderer.render(summary, SummaryRenderer.Format.PDF, m));
        assertThat(text).contains(heading).contains(line).contains("Олена Коваленко").contains(SummaryRenderer.markdown(summary, m)
                .lines().filter(l -> l.startsWith("*")).findFirst().orElseThrow().replace("*", ""));
    }

    @Test
    void romanianPdfKeepsCommaBelowLettersAndLithuanianItsOwn() throws IOException {
        String ro = ReportRenderingTest.text(SummaryRenderer.render(summary, SummaryRenderer.Format.PDF, Messages.of(Language.ROMANIAN)));
        assertThat(ro).contains("Depășită la: timp, calitate.").contains("Semnalată la").contains("țintă");
        String lt = ReportRenderingTest.text(BriefRenderer.pdf(brief, Messages.of(Language.LITHUANIAN)));
        assertThat(lt).contains("Neatsakytos užklausos (1)").contains("Šarūnas Žemaitis").contains("Atviri įsipareigojimai");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aBusyBriefFitsOnePageInEveryLanguage(Language language) throws IOException {
        for (int i = 0; i < 30; i++) {
            f.session.ledger().save(Promise.create(f.baltic.id(), "Un angajament foarte lung numărul " + i + " — "
                    + "îmbunătățirea fluxului de lucru ".repeat(12), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2 + i % 20)));
        }
        for (int i = 0; i < 10; i++) {
            f.session.ledger().save(Problem.create(f.baltic.id(), RaisedBy.CLIENT, LocalDate.of(2026, 11, 3),
                    "Довга проблема " + i + " " + "затримка постачання ".repeat(15)));
        }
        Brief busy = f.session.reports().brief(f.baltic.id());
        Messages m = Messages.of(language);
        byte[] pdf = BriefRenderer.pdf(busy, m);
        assertThat(Pdf.pages(pdf)).as(language.code()).isEqualTo(1);
        assertThat(ReportRenderingTest.text(pdf)).contains("Šarūnas Žemaitis").contains(m.get("brief.more", 1).substring(0, 3));
    }
}
