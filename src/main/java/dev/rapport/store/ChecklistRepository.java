package dev.rapport.store;

import dev.rapport.i18n.I18n;

import dev.rapport.model.ChecklistItem;
import dev.rapport.model.ItemKind;
import dev.rapport.model.ValidationException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The relationship checklist: built-in attributes and goals, and the consultant's own items. */
public final class ChecklistRepository {
    private final Journal journal;

    public ChecklistRepository(Journal journal) {
        this.journal = journal;
    }

    /** All items in checklist order, switched-off ones included. */
    public List<ChecklistItem> all() {
        return journal.read(c -> {
            List<ChecklistItem> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT id, code, kind, name, meaning, prompt, active, position FROM checklist_item ORDER BY position, id")) {
                while (rs.next()) {
                    out.add(new ChecklistItem(rs.getLong(1), rs.getString(2), ItemKind.valueOf(rs.getString(3)), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getInt(7) == 1, rs.getInt(8)));
                }
            }
            return out;
        });
    }

    /** Stores changed and new items in one transaction; a new item goes to the end of the list. */
    public List<ChecklistItem> saveAll(Collection<ChecklistItem> items) {
        return journal.write(c -> {
            List<ChecklistItem> out = new ArrayList<>();
            for (ChecklistItem item : items) {
                out.add(item.id() == 0 ? insert(c, item) : update(c, item));
            }
            return out;
        });
    }

    private static ChecklistItem insert(Connection c, ChecklistItem item) throws SQLException {
        int position = Rows.count(c, "SELECT coalesce(max(position), 0) + 1 FROM checklist_item");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO checklist_item (code, kind, name, meaning, prompt, active, "
                + "position) VALUES (NULL, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, item.kind().name());
            ps.setString(2, item.name());
            ps.setString(3, item.meaning());
            ps.setString(4, item.prompt());
            ps.setInt(5, item.active() ? 1 : 0);
            ps.setInt(6, position);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return item.withId(keys.getLong(1), position);
            }
        }
    }

    /** The prompt, name and switch may change; the kind and code of an item stay. */
    private static ChecklistItem update(Connection c, ChecklistItem item) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE checklist_item SET name = ?, meaning = ?, prompt = ?, active = ? WHERE id = ?")) {
            ps.setString(1, item.name());
            ps.setString(2, item.meaning());
            ps.setString(3, item.prompt());
            ps.setInt(4, item.active() ? 1 : 0);
            ps.setLong(5, item.id());
            if (ps.executeUpdate() != 1) {
                throw new ValidationException("item", I18n.t("validation.store.itemGone", item.name()));
            }
            return item;
        }
    }
}
