package dev.rapport.logic.sync;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.RapportException;
import dev.rapport.store.sync.SyncEdits;

import java.util.Base64;
import java.util.List;
import java.util.Map;

/** The overwritten values of other devices' edits, in words, and taking one back as a new edit here. */
final class FolderSyncHistory implements SyncHistory {
    private static final int SHORT_ID = 8;

    private final JournalSession session;

    FolderSyncHistory(JournalSession session) {
        this.session = session;
    }

    @Override
    public List<SyncRound.ConcurrentEdit> recent(int limit) {
        Map<String, String> names = FolderSyncWiring.names(session.settings().get(FolderSyncWiring.NAMES).orElse(""));
        return shaped(new SyncEdits(session.journal()).after(0, limit), names);
    }

    @Override
    public void takeBack(String editId) {
        long id;
        try {
            id = Long.parseLong(editId);
        } catch (NumberFormatException e) {
            throw new RapportException(I18n.t("syncing.takeBack.gone"));
        }
        session.sync(); // the value written back must be captured and sent
        new SyncEdits(session.journal()).takeBack(id);
    }

    static List<SyncRound.ConcurrentEdit> shaped(List<SyncEdits.Edit> edits, Map<String, String> names) {
        return edits.stream().map(e -> new SyncRound.ConcurrentEdit(Long.toString(e.id()), row(e), field(e.column()),
                text(e.kept()), device(e.keptBy(), names), FolderSyncWiring.at(e.keptHlc()),
                text(e.overwritten()), device(e.overwrittenBy(), names), FolderSyncWiring.at(e.overwrittenHlc()))).toList();
    }

    private static String row(SyncEdits.Edit e) {
        String table = I18n.t("syncing.table." + e.table());
        return e.label() == null || e.label().isBlank() ? table : table + ": " + e.label();
    }

    private static String field(String column) {
        return column.replace('_', ' ');
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        return value.toString();
    }

    private static String device(String id, Map<String, String> names) {
        String name = names.get(id);
        return name != null ? name : id.length() > SHORT_ID ? id.substring(0, SHORT_ID) : id;
    }
}
