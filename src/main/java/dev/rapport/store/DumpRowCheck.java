package dev.rapport.store;

import dev.rapport.i18n.I18n;
import dev.rapport.model.ValidationException;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;

/**
 * The domain's rules on every row of a document: a refusal names the line, table, record and
 * field; the sink behind hears only rows that keep them.
 */
final class DumpRowCheck implements DumpParser.RowSink {
    private final DumpParser.RowSink sink;
    private final Map<String, Integer> records = new HashMap<>();
    private JsonParser parser;

    DumpRowCheck(DumpParser.RowSink sink) {
        this.sink = sink;
    }

    @Override
    public void parsing(JsonParser parser) {
        this.parser = parser;
    }

    @Override
    public void row(String table, List<String> columns, Object[] row) throws SQLException {
        int record = records.merge(table, 1, Integer::sum);
        try {
            RowRules.check(table, values(columns, row));
        } catch (ValidationException e) {
            throw new JournalDump.DumpException(I18n.t("data.json.badField", String.valueOf(parser.currentLocation().getLineNr()), table,
                    String.valueOf(record), e.field(), e.getMessage()));
        }
        sink.row(table, columns, row);
    }

    /** A row as the domain's rules read it: its present columns and their values. */
    private static RowRules.Values values(List<String> columns, Object[] row) {
        Map<String, Object> present = new HashMap<>();
        for (int i = 0; i < row.length; i++) {
            if (row[i] != DumpParser.Missing.VALUE) {
                present.put(columns.get(i), row[i]);
            }
        }
        return RowRules.of(present);
    }
}
