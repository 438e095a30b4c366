package dev.rapport.store;

import dev.rapport.i18n.I18n;

import dev.rapport.model.ValidationException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;

/** Column helpers for the ledger's tables, and the check that linked items belong to the client. */
final class Owners {
    private Owners() {
    }

    static void check(Connection c, long clientId, Long contactId, Long interactionId) throws SQLException {
        if (Rows.count(c, "SELECT count(*) FROM client WHERE id = ?", clientId) == 0) {
            throw new ValidationException("client", I18n.t("validation.store.clientGone"));
        }
        if (contactId != null && Rows.count(c, "SELECT count(*) FROM contact_role WHERE contact_id = ? AND client_id = ?", contactId, clientId) == 0) {
            throw new ValidationException("contact", I18n.t("validation.store.notClientsContact"));
        }
        if (interactionId != null
                && Rows.count(c, "SELECT count(*) FROM interaction WHERE id = ? AND client_id = ?", interactionId, clientId) == 0) {
            throw new ValidationException("interaction", I18n.t("validation.store.entryNotClients"));
        }
    }

    static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value);
        }
    }

    static void setDate(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        ps.setString(index, value == null ? null : value.toString());
    }

    static void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        ps.setString(index, value == null ? null : value.toString());
    }

    static Long getLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static LocalDate getDate(ResultSet rs, String column) throws SQLException {
        String v = rs.getString(column);
        return v == null ? null : LocalDate.parse(v);
    }

    static Instant getInstant(ResultSet rs, String column) throws SQLException {
        String v = rs.getString(column);
        return v == null ? null : Instant.parse(v);
    }
}
