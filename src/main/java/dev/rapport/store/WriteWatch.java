package dev.rapport.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteUpdateListener;

/**
 * Gathers which tables a write changes, so every door that writes (forms, imports, merges, undo,
 * bulk changes) is reported without each one saying so: SQLite's update hook sees rowid tables
 * (and the client ids), the statements' own text the tables WITHOUT ROWID, which the hook never
 * reports (tags, settings, an entry's people). Only while someone listens: the command line and
 * the bench pay nothing.
 */
final class WriteWatch implements SQLiteUpdateListener {
    private static final Logger LOG = Logger.getLogger(WriteWatch.class.getName());

    private final Connection connection;
    private final List<Consumer<CommittedWrite>> listeners = new CopyOnWriteArrayList<>();
    private final Set<String> tables = new HashSet<>();
    private final Set<Long> clientIds = new HashSet<>();

    WriteWatch(Connection connection) {
        this.connection = connection;
    }

    /** Called with the journal's lock held. */
    void add(Consumer<CommittedWrite> listener) {
        if (listeners.isEmpty()) {
            hook().ifPresent(c -> c.addUpdateListener(this));
        }
        listeners.add(listener);
    }

    void remove(Consumer<CommittedWrite> listener) {
        if (listeners.remove(listener) && listeners.isEmpty()) {
            hook().ifPresent(c -> c.removeUpdateListener(this));
        }
    }

    private java.util.Optional<SQLiteConnection> hook() {
        try {
            return java.util.Optional.of(connection.unwrap(SQLiteConnection.class));
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "The journal's connection cannot report its changes", e);
            return java.util.Optional.empty();
        }
    }

    @Override
    public void onUpdate(Type type, String database, String table, long rowId) {
        if ("temp".equals(database)) {
            return; // an encrypted journal's note of what changed (ChangeCapture), not the journal's data
        }
        tables.add(table);
        if ("client".equals(table)) {
            clientIds.add(rowId);
        }
    }

    private static final java.util.regex.Pattern TARGET = java.util.regex.Pattern.compile(
            "^\\s*(?:INSERT(?:\\s+OR\\s+\\w+)?\\s+INTO|REPLACE\\s+INTO|UPDATE(?:\\s+OR\\s+\\w+)?|DELETE\\s+FROM)\\s+[\"`\\[]?(\\w+)",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The connection a write runs on: as it is, or, while someone listens, one that notes the tables its statements change. */
    Connection watched() {
        if (listeners.isEmpty()) {
            return connection;
        }
        return proxy(Connection.class, connection, (method, args) -> {
            if (method.getName().startsWith("prepare") && args != null && args.length > 0 && args[0] instanceof String sql) {
                note(sql);
            }
        }, result -> result instanceof java.sql.Statement st && !(st instanceof java.sql.PreparedStatement)
                ? proxy(java.sql.Statement.class, st, (method, args) -> {
                    if (args != null && args.length > 0 && args[0] instanceof String sql) {
                        note(sql);
                    }
                }, r -> r)
                : result);
    }

    /** Notes the table an INSERT, UPDATE or DELETE writes to. */
    void note(String sql) {
        var m = TARGET.matcher(sql);
        if (m.find()) {
            tables.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
        }
    }

    private interface Seen {
        void call(java.lang.reflect.Method method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Seen seen, java.util.function.UnaryOperator<Object> wrapResult) {
        return (T) java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            seen.call(method, args);
            try {
                return wrapResult.apply(method.invoke(target, args));
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    /** The write was rolled back: what it changed is not there. */
    void discard() {
        tables.clear();
        clientIds.clear();
    }

    /** The write is stored: listeners are told what it changed. */
    void committed() {
        if (tables.isEmpty()) {
            return;
        }
        CommittedWrite write = new CommittedWrite(tables, clientIds);
        discard();
        for (Consumer<CommittedWrite> l : listeners) {
            try {
                l.accept(write);
            } catch (RuntimeException e) {
                // a listener's failure must not turn a stored write into a reported failure
                LOG.log(Level.WARNING, "A change listener failed", e);
            }
        }
    }
}
