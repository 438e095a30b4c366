package dev.rapport.ui.contacts;

import dev.rapport.i18n.I18n;
import dev.rapport.model.ContactRole;
import dev.rapport.ui.common.Formats;

import java.time.LocalDate;

/** "CFO at Acme · since 1 Mar 2024", "Board member at Baltic · 1 Jan 2019 – 31 Oct 2026". */
final class RoleText {
    private RoleText() {
    }

    static String title(ContactRole r, String clientName) {
        return r.title().isEmpty() ? clientName : I18n.t("contacts.role.at", r.title(), clientName);
    }

    static String dates(ContactRole r, LocalDate today) {
        if (r.isCurrentOn(today)) {
            if (r.to() != null) {
                return r.from() == null ? I18n.t("contacts.role.until", Formats.date(r.to()))
                        : I18n.t("contacts.role.span", Formats.date(r.from()), Formats.date(r.to()));
            }
            return r.from() == null ? "" : I18n.t("contacts.role.since", Formats.date(r.from()));
        }
        return r.from() == null ? I18n.t("contacts.role.ended", Formats.date(r.to()))
                : I18n.t("contacts.role.span", Formats.date(r.from()), Formats.date(r.to()));
    }

    static String full(ContactRole r, String clientName, LocalDate today) {
        String dates = dates(r, today);
        return dates.isEmpty() ? title(r, clientName) : title(r, clientName) + " · " + dates;
    }
}
