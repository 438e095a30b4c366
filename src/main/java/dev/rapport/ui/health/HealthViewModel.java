package dev.rapport.ui.health;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.FigureText;
import dev.rapport.logic.Figures;
import dev.rapport.logic.HealthReport;
import dev.rapport.logic.JournalSession;
import dev.rapport.logic.Satisfaction;
import dev.rapport.model.ItemNeglect;
import dev.rapport.model.Period;
import dev.rapport.model.PeriodFigures;
import dev.rapport.model.SatisfactionFigures;
import dev.rapport.model.SurveyAnswer;
import dev.rapport.model.SurveyMethod;
import dev.rapport.ui.Navigator;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.Said;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the Health screen shows: the practice's {@link HealthReport} for the chosen period, loaded
 * off the FX thread, and the sentences made from its figures. Choosing another period loads again.
 */
public final class HealthViewModel {
    private final JournalSession session;
    private final Background background;
    private final Navigator navigator;
    private final ObjectProperty<Choice> period = new SimpleObjectProperty<>(this, "period", Choice.THIS_QUARTER);
    private final ReadOnlyObjectWrapper<HealthReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyObjectWrapper<Said> said = new ReadOnlyObjectWrapper<>(this, "said");
    private final ReadOnlyStringWrapper satisfactionTitle = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper methodTitle = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper nps = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper satisfied = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper margin = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper loop = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper earlier = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper methodGap = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper neglect = new ReadOnlyStringWrapper();

    /** The periods the figures can be shown for; alerts compare each with the one before it. */
    public enum Choice {
        THIS_QUARTER("thisQuarter"), LAST_QUARTER("lastQuarter"), THIS_MONTH("thisMonth"), LAST_MONTH("lastMonth"),
        THIS_YEAR("thisYear");

        private final String key;

        Choice(String key) {
            this.key = key;
        }

        public Period of(LocalDate today) {
            return switch (this) {
                case THIS_QUARTER -> Period.quarterOf(today);
                case LAST_QUARTER -> Period.quarterOf(today).previous();
                case THIS_MONTH -> Period.monthOf(today);
                case LAST_MONTH -> Period.monthOf(today).previous();
                case THIS_YEAR -> new Period(today.withDayOfYear(1), today.withDayOfYear(1).plusYears(1).minusDays(1));
            };
        }

        @Override
        public String toString() {
            return I18n.t("health.period." + key);
        }

        /** The period inside a sentence: "Satisfaction, this quarter". */
        String inSentence() {
            return I18n.t("health.period." + key + ".inSentence");
        }
    }

    public HealthViewModel(JournalSession session, Background background, Navigator navigator) {
        this.session = session;
        this.background = background;
        this.navigator = navigator;
        period.addListener((o, was, now) -> reload());
    }

    public void reload() {
        Choice choice = period.get();
        LocalDate today = LocalDate.now(session.clock());
        background.run(() -> HealthReport.practice(session, choice.of(today)), r -> show(choice, r),
                t -> said.set(Said.of(t.getMessage())));
    }

    public void openClient(long clientId) {
        navigator.showClient(clientId);
    }

    private void show(Choice choice, HealthReport r) {
        SatisfactionFigures f = r.figures();
        String when = choice.inSentence();
        satisfactionTitle.set(I18n.t("health.satisfaction.title", when));
        methodTitle.set(I18n.t("health.method.title", when));
        methodGap.set(gap(r.byMethod()));
        nps.set(f.nps() == null ? Figures.DASH : f.nps().toString());
        counts.set(f.recommendAnswers() == 0 ? I18n.t("health.nps.noAnswers")
                : I18n.t("health.nps.counts", f.promoters(), f.passives(), f.detractors()));
        satisfied.set(f.answers() == 0 ? I18n.t("health.satisfied.none", Figures.DASH)
                : I18n.t("health.satisfied.some", FigureText.percent(f.satisfiedShare()), f.answers(),
                FigureText.percent((double) r.practice().norm())) + shareMargin(f));
        Double m = Satisfaction.npsMargin(f);
        margin.set(m == null ? I18n.t("health.nps.noMargin", f.recommendAnswers())
                : I18n.t("health.nps.margin", f.recommendAnswers(), String.valueOf(Figures.roundToLong(m))));
        loop.set(I18n.t("health.loop", r.beside().recovery().text()));
        earlier.set(r.beside().earlierText());
        List<ItemNeglect> top = r.practice().neglect().stream().filter(n -> n.neglected() > 0).limit(3).toList();
        neglect.set(top.isEmpty() ? I18n.t("health.neglect.none")
                : I18n.t("health.neglect.most", top.stream().map(n -> I18n.t("health.neglect.item", n.item().name(), n.weak(),
                n.neverReviewed(), n.clients())).collect(Collectors.joining(" · "))));
        report.set(r);
    }

    /** Who was asked the question of the period, newest first: "Nov 20, 2026  ·  Ilona, Acme  ·  9". */
    public static List<String> askedLines(HealthReport.Practice p) {
        List<SurveyAnswer> newest = new ArrayList<>(p.asked());
        Collections.reverse(newest);
        return newest.stream().map(a -> {
            String who = p.contactName(a);
            return Formats.date(a.answeredOn()) + "  ·  " + (who == null ? I18n.t("health.question.someone") : who) + ", "
                    + p.clientName(a) + "  ·  " + a.scale().valueLabel(a.value());
        }).toList();
    }

    /** "Nov 26": the month's short name in the language and the year's last two digits. */
    public static String month(PeriodFigures p) {
        return p.period().from().getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, I18n.messages().locale()) + " "
                + String.format("%02d", p.period().from().getYear() % 100);
    }

    /** A margin of error after a figure: " ±7", or nothing when there is none. */
    public static String plusMinus(Double margin) {
        return margin == null ? "" : " ±" + Figures.roundToLong(margin);
    }

    private static String shareMargin(SatisfactionFigures f) {
        Double m = Satisfaction.shareMargin(f);
        return m == null ? "" : " · " + I18n.t("health.points", "±" + Figures.roundToLong(m));
    }

    /** Oral answers read higher than written ones (DOMAIN §5): the difference in satisfied share, when both exist. */
    static String gap(Map<SurveyMethod, SatisfactionFigures> byMethod) {
        SatisfactionFigures oral = byMethod.get(SurveyMethod.ORAL);
        SatisfactionFigures written = byMethod.get(SurveyMethod.WRITTEN);
        if (oral == null || written == null || oral.answers() == 0 || written.answers() == 0) {
            return I18n.t("health.method.gapNone", Figures.DASH);
        }
        long points = Figures.roundToLong(oral.satisfiedShare() - written.satisfiedShare());
        return I18n.t("health.method.gap", FigureText.percent(oral.satisfiedShare()), FigureText.percent(written.satisfiedShare()),
                (points > 0 ? "+" : "") + points);
    }

    public ObjectProperty<Choice> periodProperty() {
        return period;
    }

    /** The report last loaded; null until the first load comes back. Set after the sentences, so a listener reads them new. */
    public ReadOnlyObjectProperty<HealthReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Said> saidProperty() {
        return said.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty satisfactionTitleProperty() {
        return satisfactionTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty methodTitleProperty() {
        return methodTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty npsProperty() {
        return nps.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty satisfiedProperty() {
        return satisfied.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty marginProperty() {
        return margin.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty loopProperty() {
        return loop.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty earlierProperty() {
        return earlier.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty methodGapProperty() {
        return methodGap.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty neglectProperty() {
        return neglect.getReadOnlyProperty();
    }
}
