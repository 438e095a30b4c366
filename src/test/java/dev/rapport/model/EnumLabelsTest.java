package dev.rapport.model;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.i18n.Messages;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every fixed choice has a label in every language: never a raw key, never two constants of one enum alike. */
class EnumLabelsTest {
    @AfterEach
    void back() {
        I18n.use(Language.ENGLISH);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyConstantHasItsOwnLabel(Language language) {
        Messages m = Messages.of(language);
        I18n.use(language);
        List<String> problems = new ArrayList<>();
        check(Channel.values(), c -> c.label(m), problems);
        check(ItemKind.values(), c -> c.label(m), problems);
        check(Phrasing.values(), c -> c.label(m), problems);
        check(PromiseOutcome.values(), c -> c.label(m), problems);
        check(ProblemStatus.values(), c -> c.label(m), problems);
        check(Severity.values(), c -> c.label(m), problems);
        check(PromiseResult.values(), c -> c.label(m), problems);
        check(SurveyMethod.values(), c -> c.label(m), problems);
        check(Rating.values(), c -> c.label(m), problems);
        check(ClientStatus.values(), c -> c.label(m), problems);
        check(SurveyScale.values(), c -> c.label(m), problems);
        check(Mood.values(), c -> c.label(m), problems);
        check(Dimension.values(), c -> c.label(m), problems);
        check(RaisedBy.values(), c -> c.label(m), problems);
        check(TodayItem.Group.values(), TodayItem.Group::label, problems);
        check(DuplicatePair.Reason.values(), DuplicatePair.Reason::label, problems);
        check(DatedEvent.Kind.values(), DatedEvent.Kind::label, problems);
        assertThat(problems).as(language.code()).isEmpty();
        assertThat(SurveyScale.YES_NO.valueLabel(1)).isNotEqualTo(SurveyScale.YES_NO.valueLabel(0)).doesNotContain("model.");
    }

    private static <E extends Enum<E>> void check(E[] values, Function<E, String> label, List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (E e : values) {
            String text = label.apply(e);
            if (text.isBlank() || text.startsWith("model.") || !seen.add(text)) {
                problems.add(e.getDeclaringClass().getSimpleName() + "." + e.name() + " → " + text);
            }
        }
    }
}
