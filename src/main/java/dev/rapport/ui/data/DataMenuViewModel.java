package dev.rapport.ui.data;

import dev.rapport.export.CalendarImport;
import dev.rapport.export.ContactImport;
import dev.rapport.export.DataExchange;
import dev.rapport.export.JsonPlan;
import dev.rapport.export.MonicaImport;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.RapportException;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.data.DataMenu.ExportKind;
import dev.rapport.ui.data.DataMenu.ImportKind;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * What the journal menu's Export and Import do, without a window: write an export, read and check
 * a file into a plan, store a plan. Every run is journal work on {@link Background}; results and
 * failures come back on the FX thread, and the menu shows them.
 */
public final class DataMenuViewModel {
    /** How far a run has come: the rows it will write, once known, then the rows written so far (any thread). */
    public interface Progress {
        void total(long rows);

        void rows(long written);
    }

    private final JournalSession session;
    private final Background background;

    public DataMenuViewModel(JournalSession session, Background background) {
        this.session = session;
        this.background = background;
    }

    /** The journal's name without its extension, for an export's file name. */
    public String baseName() {
        return session.displayName().replaceFirst("\\.rapport$", "");
    }

    /** Writes the export to {@code target}; {@code written} gets what was written, in words. */
    public void export(ExportKind kind, Path target, Progress progress, Consumer<String> written, Consumer<Throwable> failed) {
        background.run(() -> {
            DataExchange data = new DataExchange(session.data());
            return switch (kind) {
                case JSON -> {
                    progress.total(data.totalRows());
                    yield I18n.plural("data.written.rows", DataExchange.toFile(target, o -> data.exportJson(o, progress::rows)), target.toString());
                }
                case CSV_LISTS -> I18n.plural("data.written.csv", data.exportCsvAll(target, false).size(), target.toString());
                case CSV_LISTS_PRIVATE -> I18n.plural("data.written.csvPrivate", data.exportCsvAll(target, true).size(), target.toString());
                case ICS -> I18n.plural("data.written.dates", DataExchange.toFile(target, data::exportIcs), target.toString());
                case VCARD -> I18n.plural("data.written.contacts", DataExchange.toFile(target, data::exportVcf), target.toString());
            };
        }, written, failed);
    }

    /** Reads and checks the file into a plan of what it would add; nothing is stored yet. */
    public void read(ImportKind kind, Path file, Consumer<Object> plan, Consumer<Throwable> failed) {
        background.run(() -> {
            DataExchange data = new DataExchange(session.data());
            try (InputStream in = Files.newInputStream(file)) {
                return switch (kind) {
                    case JSON -> data.readJson(file);
                    case VCARD -> data.readVcf(in, null);
                    case CONTACTS_CSV -> data.readContactCsv(in, null);
                    case GOOGLE_CSV -> data.readGoogleCsv(in, null);
                    case OUTLOOK_CSV -> data.readOutlookCsv(in, null);
                    case LINKEDIN_CSV -> data.readLinkedInCsv(in, null);
                    case MONICA_JSON -> data.readMonicaJson(in, null);
                    case ICS -> data.readIcs(in);
                };
            } catch (IOException e) {
                throw new RapportException(I18n.t("data.unreadable", file.getFileName().toString(), String.valueOf(e.getMessage())), e);
            }
        }, plan, failed);
    }

    /**
     * Stores a plan, all or nothing: journal work, so run it through {@link Background} (the sheet's save
     * does). Returns how many likely duplicates it brought (all of them after a whole-journal import), or
     * -1 for a calendar, which brings no people.
     */
    public int store(Object plan, boolean replace, LongConsumer rows) {
        long lastContact = plan instanceof JsonPlan ? 0 : session.duplicates().lastContactId();
        DataExchange data = new DataExchange(session.data());
        if (plan instanceof JsonPlan json) {
            data.apply(json, replace, replace, rows);
        } else if (plan instanceof MonicaImport.Plan monica) {
            data.apply(monica);
        } else if (plan instanceof CalendarImport.Plan calendar) {
            data.apply(calendar);
            return -1;
        } else {
            data.apply((ContactImport.Plan) plan);
        }
        return session.duplicates().since(lastContact).size();
    }

    /** A JSON plan replaces what the journal holds unless the journal is empty: the user is asked first. */
    public static boolean replacesContent(Object plan) {
        return plan instanceof JsonPlan json && !json.journalEmpty();
    }

    /** The rows a plan brings, for a progress bar; 0 when it does not count them. */
    public static long rows(Object plan) {
        return plan instanceof JsonPlan json ? Math.max(1, json.incomingRows()) : 0;
    }

    /** What the plan would add, in words. */
    public static String describe(Object plan) {
        if (plan instanceof JsonPlan json) {
            return json.describe() + (json.journalEmpty() ? "" : System.lineSeparator() + I18n.t("data.preview.notEmpty",
                    I18n.plural("data.clients", json.journalClients()), I18n.plural("data.entries", json.journalEntries())));
        }
        if (plan instanceof MonicaImport.Plan monica) {
            return monica.describe();
        }
        if (plan instanceof CalendarImport.Plan calendar) {
            return calendar.describe();
        }
        return ((ContactImport.Plan) plan).describe();
    }

    /** The question asked before a JSON plan replaces the journal's content. */
    public static String replaceQuestion(Object plan) {
        JsonPlan json = (JsonPlan) plan;
        return I18n.t("data.replace.text", I18n.plural("data.clients", json.journalClients()),
                I18n.plural("data.entries", json.journalEntries()), I18n.plural("data.entries", json.journalEntries()));
    }
}
