package dev.rapport.store;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The journal's plain (non-unique) indexes during a bulk load: dropped before the rows go in and
 * built once, sorted, afterwards, instead of kept up row by row. Unique indexes stay, so a
 * duplicate is still refused at its record. Like {@link SearchIndexes}, run it inside the load's
 * transaction: a failure rolls the dropped indexes back too.
 */
final class SecondaryIndexes {
    private static final String PLAIN = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            + " AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY name";

    private final List<String> definitions = new ArrayList<>();

    /** Drops the plain indexes, remembering how the schema defines them. */
    static SecondaryIndexes drop(Statement s) throws SQLException {
        SecondaryIndexes indexes = new SecondaryIndexes();
        indexes.definitions.addAll(SchemaObjects.drop(s, PLAIN, "INDEX"));
        return indexes;
    }

    /** Builds the indexes again, exactly as the schema defined them. */
    void create(Statement s) throws SQLException {
        for (String sql : definitions) {
            s.execute(sql);
        }
    }
}
