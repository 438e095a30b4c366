package dev.rapport.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Schema objects set aside for a bulk load: dropped, with the SQL that makes them again. */
public final class SchemaObjects {
    private SchemaObjects() {
    }

    /**
     * Drops every object a query over sqlite_master names (columns name, sql) and returns their
     * definitions, in the query's order, to be run again afterwards.
     *
     * @param kind TRIGGER or INDEX
     */
    public static List<String> drop(Statement s, String query, String kind) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                names.add(rs.getString(1));
                definitions.add(rs.getString(2));
            }
        }
        for (String name : names) {
            s.execute("DROP " + kind + " " + name);
        }
        return definitions;
    }
}
