package dev.rapport.ui;

import dev.rapport.logic.JournalSession;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.common.Dialogs;
import dev.rapport.ui.common.Sheets;
import dev.rapport.ui.common.StatusLine;

/** What every screen needs, built once per open journal and handed in. */
public record AppContext(JournalSession session, Background background, Dialogs dialogs, Sheets sheets,
                         StatusLine status, Navigator navigator) {
}
