package dev.rapport.store.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads the values that lost a merge ({@code sync_history}): what "changed on Desk-PC at 14:02 — yours was …" shows. */
final class SyncHistory {
    private SyncHistory() {
    }

    /** One row's lost values, latest first; a null row key: every row of the table. */
    static List<FieldChange> of(Connection c, String table, String rowKey) throws SQLException {
        List<FieldChange> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT tbl, row_key, col, value, hlc, device FROM sync_history WHERE tbl = ? "
                + "AND (? IS NULL OR row_key = ?) ORDER BY hlc DESC, device DESC")) {
            s.setString(1, table);
            s.setString(2, rowKey);
            s.setString(3, rowKey);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new FieldChange(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4), rs.getLong(5), rs.getString(6)));
                }
            }
        }
        return out;
    }
}
