package dev.rapport.logic;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.model.HealthAlert;
import dev.rapport.model.Period;
import dev.rapport.model.SatisfactionFigures;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reply templates, figures and alerts in the chosen language (issue 9): each language has its own
 * default templates, a template the user edited is never replaced, numbers follow the locale.
 */
class ReplyTemplateLanguagesTest {
    private static final String NBSP = "\u00a0";

    @TempDir
    Path dir;

    @AfterEach
    void english() {
        I18n.use(Language.ENGLISH);
    }

    private JournalSession open() {
        return JournalSession.open(dir.resolve("j.rapport"), Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("UTC")));
    }

    @Test
    void theDefaultTemplatesFollowTheLanguageUntilTheUserEditsOne() {
        try (JournalSession session = open()) {
            LedgerService ledger = session.ledger();
            I18n.use(Language.ROMANIAN);
            assertThat(ledger.template(ReplyTemplates.ACKNOWLEDGE_KEY)).startsWith("Bună ziua, {name},").endsWith("Cu stimă");
            // Saving the form with the default text untouched keeps it a default: it follows a later change of language.
            ledger.saveTemplate(ReplyTemplates.ACKNOWLEDGE_KEY, ledger.template(ReplyTemplates.ACKNOWLEDGE_KEY));
            I18n.use(Language.RUSSIAN);
            assertThat(ledger.template(ReplyTemplates.ACKNOWLEDGE_KEY)).startsWith("Здравствуйте, {name}!");
            I18n.use(Language.ENGLISH);
            assertThat(ledger.template(ReplyTemplates.ACKNOWLEDGE_KEY)).isEqualTo(ReplyTemplates.DEFAULT_ACKNOWLEDGE);

            // An edited template is the user's: no language replaces it.
            ledger.saveTemplate(ReplyTemplates.ANSWER_KEY, "Hi {name},\n{answers}\nAnything else?");
            for (Language l : Language.values()) {
                I18n.use(l);
                assertThat(ledger.template(ReplyTemplates.ANSWER_KEY)).isEqualTo("Hi {name},\n{answers}\nAnything else?");
            }
        }
    }

    @Test
    void anEnglishDefaultStoredBeforeLanguagesExistedCountsAsADefault() {
        try (JournalSession session = open()) {
            session.settings().put(ReplyTemplates.ANSWER_KEY, ReplyTemplates.DEFAULT_ANSWER);
            I18n.use(Language.LITHUANIAN);
            assertThat(session.ledger().template(ReplyTemplates.ANSWER_KEY)).startsWith("Laba diena, {name},")
                    .contains("Ar dar liko atvirų klausimų, kuriais galėčiau padėti?");
        }
    }

    @Test
    void theAcknowledgementNamesTheAnswerTimeInTheLanguage() {
        ZonedDateTime by = ZonedDateTime.of(2026, 11, 26, 14, 0, 0, 0, ZoneId.of("Europe/Kyiv"));
        I18n.use(Language.UKRAINIAN);
        String uk = ReplyTemplates.acknowledgement(ReplyTemplates.defaultTemplate(ReplyTemplates.ACKNOWLEDGE_KEY), "Олена Коваль", by,
                List.of("Коли старт?"));
        assertThat(uk).startsWith("Доброго дня, Олена!").contains("до 26 листопада (четвер), 14:00 (Київ, UTC+2)")
                .contains("1. Коли старт?");
        I18n.use(Language.RUSSIAN);
        String ru = ReplyTemplates.acknowledgement(ReplyTemplates.defaultTemplate(ReplyTemplates.ACKNOWLEDGE_KEY), "", by, List.of("Q?"));
        assertThat(ru).startsWith("Здравствуйте, коллеги!").contains("до 26 ноября (четверг), 14:00 (Киев, UTC+2)");
    }

    @ParameterizedTest
    @CsvSource({"en,Etc/UTC", "en,UTC", "lt,Europe/Vilnius", "ro,Europe/Bucharest", "ru,Europe/Moscow", "uk,Europe/Kyiv",
            "en,America/Argentina/Buenos_Aires", "ru,Europe/Kiev", "uk,GMT"})
    void theAcknowledgementNamesNoZoneId(String language, String zone) {
        I18n.use(Language.ofCode(language).orElseThrow());
        ZonedDateTime by = ZonedDateTime.of(2026, 11, 26, 14, 0, 0, 0, ZoneId.of(zone));
        String text = ReplyTemplates.acknowledgement(ReplyTemplates.defaultTemplate(ReplyTemplates.ACKNOWLEDGE_KEY), "Ann", by,
                List.of("Q?"));
        if (!zone.equals("UTC")) { // UTC itself is said "UTC"
            assertThat(text).doesNotContain(zone);
        }
        assertThat(text).doesNotContainPattern("[A-Z][a-z]+/[A-Z]").doesNotContain("Etc");
        assertThat(text).containsPattern("14:00 \\((UTC|[^,()]+, UTC[+-]\\d+)\\)");
    }

    @Test
    void theAnswerAsksWhetherAnythingElseIsOpenOnceInAnyLanguage() {
        I18n.use(Language.ROMANIAN);
        String ro = ReplyTemplates.answer(ReplyTemplates.defaultTemplate(ReplyTemplates.ANSWER_KEY), "Ion Popescu", List.of("Când?"),
                List.of("Luni"));
        assertThat(ro).contains("1. Când?\n   Luni").containsOnlyOnce("Mai este ceva deschis la care vă pot ajuta?");
        // A template without the question gets it in the current language; one asking it in English is left alone.
        assertThat(ReplyTemplates.answer("Salut {name}: {answers}", "Ion", List.of("Q?"), List.of("A")))
                .isEqualTo("Salut Ion: 1. Q?\n   A\n\nMai este ceva deschis la care vă pot ajuta?");
        assertThat(ReplyTemplates.answer("{answers}\nIs anything else open?", "Ion", List.of("Q?"), List.of("A")))
                .isEqualTo("1. Q?\n   A\nIs anything else open?");
    }

    @Test
    void figuresUseTheLanguagesDecimalCommaAndPerCentSign() {
        assertThat(FigureText.percent(99.6)).isEqualTo("99.6%");
        assertThat(FigureText.oneDecimal(12.25)).isEqualTo("12.3");
        I18n.use(Language.ROMANIAN);
        assertThat(FigureText.percent(99.6)).isEqualTo("99,6" + NBSP + "%");
        assertThat(FigureText.percent(80.0)).isEqualTo("80" + NBSP + "%");
        assertThat(FigureText.percent(null)).isEqualTo("—");
        assertThat(FigureText.oneDecimal(12.25)).isEqualTo("12,3");
        I18n.use(Language.UKRAINIAN);
        assertThat(FigureText.percent(0.4)).isEqualTo("0,4%");
        I18n.use(Language.LITHUANIAN);
        assertThat(FigureText.oneDecimal(1.5)).isEqualTo("1,5");
    }

    @Test
    void theInvestigateAlertsAndTheMarginTextsAreInTheLanguage() {
        SatisfactionFigures f = Satisfaction.figures(List.of());
        Period quarter = Period.quarterOf(LocalDate.of(2026, 11, 25));
        I18n.use(Language.RUSSIAN);
        SatisfactionFigures low = new SatisfactionFigures(10, 8, 10, 5, 3, 2, 30, 80.0);
        HealthAlert alert = Satisfaction.shareAlert(1L, "Acme", quarter, low, 95).orElseThrow();
        assertThat(alert.message()).isEqualTo("Acme: довольны 80" + NBSP + "% (8 из 10) — ниже нормы 95" + NBSP + "%. Разберитесь.");
        assertThat(Satisfaction.npsText(f)).isEqualTo("NPS — (n 0)");
        assertThat(Satisfaction.shareText(f)).isEqualTo("довольны — (n 0)");
        assertThat(FollowUpService.periodName(quarter)).isEqualTo("4 кв. 2026");
        I18n.use(Language.ROMANIAN);
        assertThat(FollowUpService.periodName(quarter)).isEqualTo("T4 2026");
        assertThat(FollowUpService.periodName(Period.monthOf(LocalDate.of(2026, 11, 25)))).isEqualTo("nov. 2026");
    }
}
