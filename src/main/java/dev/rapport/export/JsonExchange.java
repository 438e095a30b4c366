package dev.rapport.export;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.DataService;
import dev.rapport.model.RapportException;
import dev.rapport.store.JournalDump;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.logging.Logger;

/** The whole journal as one JSON document, out and back in: every table, every row. */
final class JsonExchange {
    private static final Logger LOG = Logger.getLogger(JsonExchange.class.getName());

    private final DataService data;

    JsonExchange(DataService data) {
        this.data = data;
    }

    /** Rows the full export will write (for a progress bar). */
    long totalRows() {
        return data.counts().values().stream().mapToLong(Long::longValue).sum();
    }

    long export(OutputStream out, LongConsumer progress) {
        long rows = data.writeWholeJournal(out, progress);
        LOG.info(() -> "Exported the journal as JSON: " + rows + " rows");
        return rows;
    }

    JsonPlan read(InputStream in) {
        return plan(data.readWholeJournal(new BufferedInputStream(in, 1 << 16)));
    }

    JsonPlan read(Path file) {
        return plan(data.readWholeJournal(file));
    }

    private JsonPlan plan(JournalDump.Document doc) {
        Map<String, Long> incoming = new LinkedHashMap<>();
        for (String table : JournalDump.TABLES.keySet()) {
            incoming.put(table, doc.rows(table));
        }
        Map<String, Long> here = data.counts();
        long entries = JournalDump.ENTRY_TABLES.stream().mapToLong(here::get).sum();
        return new JsonPlan(doc, incoming, here.get("client"), entries);
    }

    /**
     * Stores a JSON export. Into an empty journal it simply loads; a journal with data is
     * refused unless {@code replace}, and replacing entries needs {@code confirmed}.
     */
    void apply(JsonPlan plan, boolean replace, boolean confirmed, LongConsumer progress) {
        if (!plan.journalEmpty() && !replace) {
            throw new RapportException(I18n.t("data.json.notEmpty", I18n.plural("data.clients", plan.journalClients()),
                    I18n.plural("data.entries", plan.journalEntries())));
        }
        if (replace && plan.needsConfirmation() && !confirmed) {
            throw new RapportException(I18n.plural("data.json.confirm", plan.journalEntries()));
        }
        data.loadWholeJournal(plan.document(), replace, progress);
        LOG.info("Imported a JSON export");
    }
}
