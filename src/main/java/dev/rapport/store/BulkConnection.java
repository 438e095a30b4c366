package dev.rapport.store;

import java.sql.Connection;
import java.sql.SQLException;

import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteConnectionConfig;

/**
 * The connection set up for loading many rows that carry their own ids, put back as it was when
 * closed. The driver otherwise runs "SELECT last_insert_rowid()" after every insert, for
 * getGeneratedKeys, preparing it each time: nearly a fifth of a whole-journal import.
 */
final class BulkConnection implements AutoCloseable {
    private final SQLiteConnectionConfig config;
    private final boolean generatedKeys;

    private BulkConnection(SQLiteConnectionConfig config) {
        this.config = config;
        this.generatedKeys = config.isGetGeneratedKeys();
    }

    static BulkConnection tune(Connection connection) throws SQLException {
        BulkConnection bulk = new BulkConnection(connection.unwrap(SQLiteConnection.class).getConnectionConfig());
        bulk.config.setGetGeneratedKeys(false);
        return bulk;
    }

    @Override
    public void close() {
        config.setGetGeneratedKeys(generatedKeys);
    }
}
