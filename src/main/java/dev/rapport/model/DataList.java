package dev.rapport.model;

import java.util.Locale;

/** The journal's lists that export as CSV, in the order they are written. */
public enum DataList {
    CLIENTS, CONTACTS, INTERACTIONS, PROMISES, PROBLEMS, REQUESTS;

    public String fileName() {
        return name().toLowerCase(Locale.ROOT) + ".csv";
    }

    /** The list by name, whatever its case; an unknown name is an error listing the lists. */
    public static DataList named(String name) {
        for (DataList k : values()) {
            if (k.name().equalsIgnoreCase(name.trim())) {
                return k;
            }
        }
        throw new ValidationException("list", dev.rapport.i18n.I18n.t("validation.dataList.unknown", name));
    }
}
