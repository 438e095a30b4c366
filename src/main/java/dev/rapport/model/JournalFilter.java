package dev.rapport.model;

import java.time.LocalDate;

/** Filters for the journal view; null means "any". Dates are inclusive. */
public record JournalFilter(Long clientId, Channel channel, String tag, LocalDate from, LocalDate to) {
    public static final JournalFilter ALL = new JournalFilter(null, null, null, null, null);

    public JournalFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new ValidationException("to", dev.rapport.i18n.I18n.t("validation.period.endBeforeStart", dev.rapport.i18n.I18n.date(to), dev.rapport.i18n.I18n.date(from)));
        }
        tag = tag == null || tag.isBlank() ? null : Interaction.normaliseTags(java.util.List.of(tag)).get(0);
    }
}
