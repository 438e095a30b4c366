package dev.rapport.logic;

import dev.rapport.model.HealthAlert;
import dev.rapport.model.Period;
import dev.rapport.model.Phrasing;
import dev.rapport.model.SatisfactionFigures;
import dev.rapport.model.SurveyAnswer;
import dev.rapport.model.SurveyMethod;
import dev.rapport.model.SurveyScale;
import dev.rapport.model.ValidationException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SatisfactionTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static final Period Q4 = Period.quarterOf(DAY);

    static SurveyAnswer answer(SurveyScale scale, int value, SurveyMethod method) {
        return new SurveyAnswer(0, null, "How likely are you to recommend us?", 1, null, null, DAY, scale, value, method,
                Phrasing.POSITIVE, "");
    }

    static List<SurveyAnswer> recommend(int... values) {
        return Arrays.stream(values).mapToObj(v -> answer(SurveyScale.RECOMMEND_0_10, v, SurveyMethod.ORAL)).toList();
    }

    @Test
    void npsOfAKnownSetWithItsCounts() {
        // 3 promoters (10, 9, 9), 2 passives (8, 7), 2 detractors (6, 0): 100 × (3 − 2) / 7 = 14.29 → 14
        SatisfactionFigures f = Satisfaction.figures(recommend(10, 9, 9, 8, 7, 6, 0));
        assertThat(f.promoters()).isEqualTo(3);
        assertThat(f.passives()).isEqualTo(2);
        assertThat(f.detractors()).isEqualTo(2);
        assertThat(f.recommendAnswers()).isEqualTo(7);
        assertThat(f.nps()).isEqualTo(14);
        assertThat(f.satisfied()).isEqualTo(5);
        assertThat(FigureText.percent(f.satisfiedShare())).isEqualTo("71%");
    }

    @Test
    void noAnswersGiveNoNpsAndNoShareNotZero() {
        SatisfactionFigures f = Satisfaction.figures(List.of());
        assertThat(f.nps()).isNull();
        assertThat(f.satisfiedShare()).isNull();
        assertThat(f.answers()).isZero();
        assertThat(FigureText.percent(f.satisfiedShare())).isEqualTo("—");
    }

    @Test
    void answersOnOtherScalesOnlyGiveNoNpsButAShare() {
        SatisfactionFigures f = Satisfaction.figures(List.of(answer(SurveyScale.SATISFACTION_1_5, 4, SurveyMethod.WRITTEN),
                answer(SurveyScale.YES_NO, 0, SurveyMethod.ORAL)));
        assertThat(f.nps()).isNull();
        assertThat(f.satisfiedShare()).isEqualTo(50.0);
    }

    @ParameterizedTest
    @CsvSource({"10, 100", "9, 100", "8, 0", "7, 0", "6, -100", "0, -100"})
    void aSingleAnswer(int value, int nps) {
        assertThat(Satisfaction.figures(recommend(value)).nps()).isEqualTo(nps);
    }

    @Test
    void allPassivesGiveZero() {
        SatisfactionFigures f = Satisfaction.figures(recommend(7, 8, 8, 7));
        assertThat(f.nps()).isZero();
        assertThat(f.passives()).isEqualTo(4);
        assertThat(f.satisfiedShare()).isEqualTo(100.0);
    }

    @Test
    void minusTwelvePointFiveRoundsAwayFromZeroToMinusThirteen() {
        // 1 promoter, 5 passives, 2 detractors: 100 × (1 − 2) / 8 = −12.5 → −13
        assertThat(Satisfaction.figures(recommend(9, 7, 7, 8, 8, 7, 3, 5)).nps()).isEqualTo(-13);
        // 5 promoters, 3 passives: 100 × 5 / 8 = 62.5 → 63
        assertThat(Satisfaction.figures(recommend(9, 9, 9, 9, 9, 7, 7, 7)).nps()).isEqualTo(63);
    }

    @ParameterizedTest
    @CsvSource({
            "RECOMMEND_0_10, 7, true",
            "RECOMMEND_0_10, 6, false",
            "SATISFACTION_1_5, 4, true",
            "SATISFACTION_1_5, 3, false",
            "YES_NO, 1, true",
            "YES_NO, 0, false"})
    void satisfiedBoundaries(SurveyScale scale, int value, boolean satisfied) {
        assertThat(answer(scale, value, SurveyMethod.ORAL).satisfied()).isEqualTo(satisfied);
    }

    @Test
    void aValueOutsideItsScaleIsRefusedNamingTheField() {
        assertThatThrownBy(() -> answer(SurveyScale.SATISFACTION_1_5, 0, SurveyMethod.ORAL))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("value"))
                .hasMessageContaining("outside the scale");
        assertThatThrownBy(() -> answer(SurveyScale.RECOMMEND_0_10, 11, SurveyMethod.ORAL)).isInstanceOf(ValidationException.class);
    }

    @Test
    void byMethodSplitsTheSameFiguresSideBySide() {
        List<SurveyAnswer> all = new ArrayList<>(recommend(10, 9, 8));
        all.add(answer(SurveyScale.RECOMMEND_0_10, 5, SurveyMethod.WRITTEN));
        all.add(answer(SurveyScale.RECOMMEND_0_10, 9, SurveyMethod.WRITTEN));
        var by = Satisfaction.byMethod(all);
        assertThat(by.get(SurveyMethod.ORAL).nps()).isEqualTo(67);
        assertThat(by.get(SurveyMethod.WRITTEN).nps()).isZero();
        assertThat(by.get(SurveyMethod.INTERVIEW).nps()).isNull();
        assertThat(by).hasSize(5);
    }

    // ---- the investigate rule

    static SatisfactionFigures share(int satisfied, int answers) {
        List<SurveyAnswer> list = new ArrayList<>();
        for (int i = 0; i < answers; i++) {
            list.add(answer(SurveyScale.YES_NO, i < satisfied ? 1 : 0, SurveyMethod.ORAL));
        }
        return Satisfaction.figures(list);
    }

    @ParameterizedTest(name = "{0} of {1} satisfied, norm {2}% → alert {3}")
    @CsvSource({
            "19, 20, 95, false",   // exactly 95%: not below
            "18, 19, 95, true",    // 94.7%: below, though it shows as 95%
            "4, 5, 95, true",      // 80% with the minimum five answers
            "3, 4, 95, false",     // 75% but only four answers
            "0, 4, 95, false",     // 0% with four answers: too few
            "5, 5, 95, false",     // 100%
            "9, 10, 90, false",    // 90% at a norm of 90: not below
            "9, 10, 91, true",     // 90% at a norm of 91
            "98, 100, 99, true",
            "99, 100, 99, false"})
    void satisfiedShareBelowTheNormWithAtLeastFiveAnswers(int satisfied, int answers, int norm, boolean fires) {
        assertThat(Satisfaction.belowNorm(share(satisfied, answers), norm)).isEqualTo(fires);
    }

    @ParameterizedTest(name = "NPS {0} → {1} → alert {2}")
    @CsvSource({
            // previous set,   current set,  fires
            "'10,10,10',      '10,10,6',     true",   // 100 → 33: fell 67
            "'9,9,8,8,8',     '9,8,8,8,8',   true",   // 40 → 20: fell exactly 20
            "'9,9,9,8,8,7',   '9,9,8,8,8',   false",  // 50 → 40: fell 10
            "'10,10,10',      '10,6',        false",  // only two answers now
            "'10,10',         '0,0,0',       false",  // only two answers before
            "'0,0,0',         '10,10,10',    false"}) // a rise
    void npsFallingTwentyPointsBetweenPeriodsWithThreeAnswersEach(String before, String now, boolean fires) {
        SatisfactionFigures b = Satisfaction.figures(recommend(ints(before)));
        SatisfactionFigures n = Satisfaction.figures(recommend(ints(now)));
        assertThat(Satisfaction.npsDropped(b, n)).isEqualTo(fires);
        assertThat(Satisfaction.npsAlert(7, "Acme", Q4, b, n)).map(HealthAlert::kind)
                .isEqualTo(fires ? java.util.Optional.of(HealthAlert.Kind.NPS_DROP) : java.util.Optional.empty());
    }

    @Test
    void aDropOfNineteenDoesNotFire() {
        // 100 × (13 − 2) / 18 = 61.1 → 61, then 100 × (11 − 3) / 19 = 42.1 → 42: fell 19
        SatisfactionFigures before = Satisfaction.figures(recommend(concat(repeat(10, 13), repeat(8, 3), repeat(0, 2))));
        SatisfactionFigures now = Satisfaction.figures(recommend(concat(repeat(10, 11), repeat(8, 5), repeat(0, 3))));
        assertThat(before.nps()).isEqualTo(61);
        assertThat(now.nps()).isEqualTo(42);
        assertThat(Satisfaction.npsDropped(before, now)).isFalse();
    }

    @Test
    void theShareAlertSaysWhoWhatAndTheNorm() {
        HealthAlert a = Satisfaction.shareAlert(3L, "Acme", Q4, share(4, 5), 95).orElseThrow();
        assertThat(a.kind()).isEqualTo(HealthAlert.Kind.LOW_SATISFACTION);
        assertThat(a.value()).isEqualTo(80.0);
        assertThat(a.message()).isEqualTo("Acme: 80% satisfied (4 of 5), below the norm of 95%. Investigate.");
    }

    @Test
    void periodsOfWholeMonthsStepBackByMonths() {
        assertThat(Period.quarterOf(LocalDate.of(2026, 11, 25))).isEqualTo(new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
        assertThat(Q4.previous()).isEqualTo(new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
        assertThat(Period.monthOf(LocalDate.of(2026, 3, 15)).previous())
                .isEqualTo(new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
        assertThat(new Period(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 19)).previous())
                .isEqualTo(new Period(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 9)));
    }

    private static int[] ints(String csv) {
        return Arrays.stream(csv.split(",")).mapToInt(s -> Integer.parseInt(s.strip())).toArray();
    }

    private static int[] repeat(int value, int times) {
        int[] out = new int[times];
        Arrays.fill(out, value);
        return out;
    }

    private static int[] concat(int[]... parts) {
        return Arrays.stream(parts).flatMapToInt(Arrays::stream).toArray();
    }
}
