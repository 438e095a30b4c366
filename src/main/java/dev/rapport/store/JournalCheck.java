package dev.rapport.store;

import dev.rapport.model.RuleBreach;
import dev.rapport.model.ValidationException;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every row of a journal checked against the domain's rules ({@link RowRules}, the rules an import
 * checks), the rows a read-only session reads around included: what {@code rapport check} names.
 */
public final class JournalCheck {
    private final Journal journal;

    public JournalCheck(Journal journal) {
        this.journal = journal;
    }

    public List<RuleBreach> breaches() {
        return journal.read(c -> {
            Map<Long, String> clients = new HashMap<>();
            List<RuleBreach> out = new ArrayList<>();
            try (Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT id, name FROM main.client")) {
                    while (rs.next()) {
                        clients.put(rs.getLong(1), rs.getString(2));
                    }
                }
                for (Map.Entry<String, String> table : JournalDump.TABLES.entrySet()) {
                    try (ResultSet rs = s.executeQuery("SELECT * FROM main." + table.getKey() + " ORDER BY " + table.getValue())) {
                        String[] keys = table.getValue().split(",\\s*");
                        while (rs.next()) {
                            RowRules.Values row = RowRules.of(rs);
                            try {
                                RowRules.check(table.getKey(), row);
                            } catch (ValidationException e) {
                                out.add(new RuleBreach(table.getKey(), key(keys, row), client(table.getKey(), row, clients),
                                        e.field(), e.getMessage()));
                            }
                        }
                    }
                }
            }
            return out;
        });
    }

    private static String key(String[] keys, RowRules.Values row) {
        if (keys.length == 1) {
            return String.valueOf(row.get(keys[0]));
        }
        StringBuilder b = new StringBuilder();
        for (String k : keys) {
            b.append(b.length() == 0 ? "" : ", ").append(k).append(' ').append(row.get(k));
        }
        return b.toString();
    }

    private static String client(String table, RowRules.Values row, Map<Long, String> clients) {
        Object id = table.equals("client") ? row.get("id") : row.get("client_id");
        return id instanceof Long n ? clients.get(n) : null;
    }
}
