package dev.rapport.cli;

import dev.rapport.i18n.I18n;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.ChecklistItem;
import dev.rapport.model.Client;
import dev.rapport.model.Phrasing;
import dev.rapport.model.Rating;
import dev.rapport.model.Review;
import dev.rapport.model.ReviewAnswer;
import dev.rapport.model.SurveyAnswer;
import dev.rapport.model.SurveyMethod;
import dev.rapport.model.SurveyScale;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class HealthCommandTest {
    @TempDir
    Path dir;
    Path file;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void journal() {
        file = dir.resolve("j.rapport");
        try (JournalSession s = JournalSession.open(file)) {
            Client acme = s.clients().save(Client.create("Acme Logistics"));
            s.clients().save(Client.create("Quiet Ltd"));
            LocalDate day = LocalDate.of(2026, 10, 15);
            // 1 promoter, 5 passives, 2 detractors: NPS −12.5 → −13; 6 of 8 satisfied = 75%
            for (int v : new int[] {9, 7, 7, 8, 8, 7, 3, 5}) {
                s.health().saveAnswer(new SurveyAnswer(0, null, "Recommend?", acme.id(), null, null, day,
                        SurveyScale.RECOMMEND_0_10, v, v == 8 ? SurveyMethod.WRITTEN : SurveyMethod.ORAL, Phrasing.POSITIVE, ""));
            }
            List<ChecklistItem> items = s.health().activeChecklist();
            ChecklistItem comfort = items.get(5);
            ChecklistItem attention = items.get(0);
            s.health().saveReview(new Review(0, acme.id(), null, day, List.of(
                    new ReviewAnswer(comfort.id(), comfort.name(), comfort.prompt(), Rating.NOT_MET, "No status since June"),
                    new ReviewAnswer(attention.id(), attention.name(), attention.prompt(), Rating.MET, ""))));
        }
    }

    int run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = args[0];
        all[1] = "--journal=" + file;
        System.arraycopy(args, 1, all, 2, args.length - 1);
        return RapportCommand.run(all, (j, d) -> { }, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void printsAttributeStatesWeakestFirstAndTheFiguresRoundedHalfAwayFromZero() {
        assertThat(run("health", "--client", "acme", "--from", "2026-10-01", "--to", "2026-12-31")).isZero();
        String text = out.toString();
        String nps = I18n.t("cli.health.nps", "-13", 1, 5, 2);
        assertThat(text).containsPattern(row(I18n.t("cli.health.client"), "Acme Logistics"))
                .containsPattern(row(I18n.t("cli.health.satisfaction"), I18n.t("cli.health.satisfied", nps, percent(75), 6, 8)))
                .containsPattern(row("  " + SurveyMethod.WRITTEN.label(),
                        I18n.t("cli.health.satisfied", I18n.t("cli.health.nps", "0", 0, 2, 0), percent(100), 2, 2)))
                .containsPattern(row(I18n.t("cli.health.margin"), I18n.t("health.npsText", "-13", " ±42", 8) + "; "
                        + I18n.t("health.shareText", percent(75), " ±30", 8)))
                .containsPattern(row(I18n.t("cli.health.closeTheLoop"), I18n.t("health.loop.recovery", 0, 3)))
                .containsPattern(row(I18n.t("cli.health.earlier"), "2026 Q3 " + I18n.t("health.npsText", "—", "", 0)
                        + " · 2026 Q2 " + I18n.t("health.npsText", "—", "", 0)));
    }

    @Test
    void jsonHasTheFiguresAsNumbersWithTheirCounts() throws Exception {
        assertThat(run("health", "--client", "Acme Logistics", "--from", "2026-10-01", "--to", "2026-12-31", "--json")).isZero();
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        JsonNode s = doc.get("satisfaction");
        assertThat(s.get("nps").asInt()).isEqualTo(-13);
        assertThat(s.get("promoters").asInt()).isEqualTo(1);
        assertThat(s.get("passives").asInt()).isEqualTo(5);
        assertThat(s.get("detractors").asInt()).isEqualTo(2);
        assertThat(s.get("satisfiedShare").asDouble()).isEqualTo(75.0);
        assertThat(doc.get("byMethod").get("interview").get("nps").isNull()).isTrue();
        assertThat(doc.get("attributes").get(0).get("name").asText()).isEqualTo("Comfort");
        assertThat(doc.get("attributes").get(0).get("latest").asText()).isEqualTo("not-met");
        assertThat(doc.get("neverReviewed")).hasSize(13);
    }

    /** A table row: the label, the padding to the value column, the value. */
    private static java.util.regex.Pattern row(String label, String value) {
        return java.util.regex.Pattern.compile("(?m)^" + java.util.regex.Pattern.quote(label) + " +"
                + java.util.regex.Pattern.quote(value) + "$");
    }

    /** A whole percentage in the current language's notation ("75%"). */
    private static String percent(int whole) {
        return java.text.NumberFormat.getPercentInstance(I18n.messages().locale()).format(whole / 100.0);
    }

    @Test
    void noAnswersGiveNullNotZero() throws Exception {
        assertThat(run("health", "--client", "quiet", "--json")).isZero();
        JsonNode s = new ObjectMapper().readTree(out.toString()).get("satisfaction");
        assertThat(s.get("nps").isNull()).isTrue();
        assertThat(s.get("satisfiedShare").isNull()).isTrue();
        assertThat(s.get("answers").asInt()).isZero();
        out.getBuffer().setLength(0);
        assertThat(run("health", "--client", "quiet")).isZero();
        assertThat(out.toString()).containsPattern(row(I18n.t("cli.health.satisfaction"), I18n.t("cli.health.noAnswers", "—")));
    }

    @Test
    void helpNamesTheOptions() {
        assertThat(RapportCommand.run(new String[] {"health", "--help"}, (j, d) -> { }, new PrintWriter(out, true),
                new PrintWriter(err, true))).isZero();
        assertThat(out.toString()).contains("--client", "--json", "--from", "--to", "--journal");
    }

    @Test
    void anUnknownClientIsOneLineOnStandardErrorListingCandidates() {
        assertThat(run("health", "--client", "Nobody")).isEqualTo(1);
        assertThat(err.toString()).startsWith("rapport: " + I18n.t("clients.byName.none", "Nobody", "Acme Logistics, Quiet Ltd."));
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThat(run("health", "--client", "acme", "--from", "2026-10-01", "--to", "2026-09-01")).isEqualTo(1);
        assertThat(err.toString().strip()).matches(dev.rapport.i18n.KeyPattern.of("cli.badPeriod", dev.rapport.i18n.KeyPattern.ANY)
                .pattern().replaceFirst("^", "rapport: "));
    }
}
