package dev.rapport.ui.data;

import dev.rapport.ui.AppContext;

/** Opens the data menu's own sheets for the screen walk, as they stand during and after an import. */
public final class DataSheets {
    private DataSheets() {
    }

    /** The progress sheet as it stands while work runs (it learns a total, and is part way). */
    public static void progress(AppContext app, String title) {
        ProgressSheet sheet = ProgressSheet.show(app, title);
        sheet.total(200);
        sheet.rows(80);
    }

    /** The sheet after a contact import that brought likely duplicates. */
    public static void importDone(AppContext app, String fileName, int duplicates) {
        ImportDone.show(app, fileName, duplicates, () -> { });
    }
}
