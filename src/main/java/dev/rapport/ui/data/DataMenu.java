package dev.rapport.ui.data;

import dev.rapport.export.CalendarImport;
import dev.rapport.export.ContactImport;
import dev.rapport.export.MonicaImport;
import dev.rapport.i18n.I18n;
import dev.rapport.export.DataExchange;
import dev.rapport.model.RapportException;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.common.Form;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongConsumer;

import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The journal menu's Export and Import submenus. Work runs through {@link Background} with a
 * progress bar; an import is read and checked first and shown in a preview sheet, and is
 * stored only when the user presses Import.
 */
public final class DataMenu {
    /** Where files come from and go to (file choosers in the app, fixed paths in tests); null is Cancel. */
    public interface Files {
        Path saveFile(String title, String initialName, String extension);

        Path openFile(String title, String extension);

        Path folder(String title);
    }

    /** What an import reads. */
    public enum ImportKind { JSON, CONTACTS_CSV, VCARD, GOOGLE_CSV, OUTLOOK_CSV, LINKEDIN_CSV, MONICA_JSON, ICS }

    /** What an export writes. */
    public enum ExportKind { JSON, CSV_LISTS, CSV_LISTS_PRIVATE, ICS, VCARD }

    private final AppContext app;
    private Files files;
    private final Runnable afterImport;

    public DataMenu(AppContext app, Files files, Runnable afterImport) {
        this.app = app;
        this.files = files;
        this.afterImport = afterImport;
    }

    /** Where files come from from now on (tests). */
    public void setFiles(Files files) {
        this.files = files;
    }

    public Menu exportMenu() {
        Menu menu = new Menu("Export");
        menu.setId("menu-export");
        menu.getItems().addAll(
                item("menu-export-json", "Whole journal (JSON)…", () -> export(ExportKind.JSON)),
                item("menu-export-csv", "Lists for a spreadsheet (CSV)…", () -> export(ExportKind.CSV_LISTS)),
                item("menu-export-csv-private", "Lists with private notes (CSV)…", () -> export(ExportKind.CSV_LISTS_PRIVATE)),
                new SeparatorMenuItem(),
                item("menu-export-ics", "Due dates for a calendar (.ics)…", () -> export(ExportKind.ICS)),
                item("menu-export-vcf", "Contacts (vCard)…", () -> export(ExportKind.VCARD)));
        return menu;
    }

    public Menu importMenu() {
        Menu menu = new Menu("Import");
        menu.setId("menu-import");
        menu.getItems().addAll(
                item("menu-import-json", "Whole journal (JSON)…", () -> chooseImport(ImportKind.JSON)),
                item("menu-import-csv", "Contacts (CSV)…", () -> chooseImport(ImportKind.CONTACTS_CSV)),
                item("menu-import-vcf", "Contacts (vCard)…", () -> chooseImport(ImportKind.VCARD)),
                new SeparatorMenuItem(),
                item("menu-import-google", "From Google Contacts (CSV)…", () -> chooseImport(ImportKind.GOOGLE_CSV)),
                item("menu-import-outlook", "From Outlook (CSV)…", () -> chooseImport(ImportKind.OUTLOOK_CSV)),
                item("menu-import-linkedin", "From LinkedIn (Connections.csv)…", () -> chooseImport(ImportKind.LINKEDIN_CSV)),
                item("menu-import-monica", I18n.t("imports.menu.monica"), () -> chooseImport(ImportKind.MONICA_JSON)),
                new SeparatorMenuItem(),
                item("menu-import-ics", I18n.t("imports.menu.ics"), () -> chooseImport(ImportKind.ICS)));
        return menu;
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    // ---- export ----

    public void export(ExportKind kind) {
        String base = app.session().displayName().replaceFirst("\\.rapport$", "");
        Path target = switch (kind) {
            case JSON -> files.saveFile("Export the whole journal", base + ".json", "json");
            case CSV_LISTS, CSV_LISTS_PRIVATE -> files.folder("Folder for the CSV lists");
            case ICS -> files.saveFile("Export due dates", base + ".ics", "ics");
            case VCARD -> files.saveFile("Export contacts", base + ".vcf", "vcf");
        };
        if (target != null) {
            exportTo(kind, target);
        }
    }

    /** Writes the export to {@code target}, with a progress bar. */
    public void exportTo(ExportKind kind, Path target) {
        DataExchange data = app.session().data();
        Progress progress = Progress.show(app, "Exporting…", kind == ExportKind.JSON ? data.totalRows() : 0);
        app.background().run(() -> switch (kind) {
            case JSON -> Formats.count(DataExchange.toFile(target, o -> data.exportJson(o, progress::rows)), "row") + " written to " + target;
            case CSV_LISTS, CSV_LISTS_PRIVATE -> data.exportCsvAll(target, kind == ExportKind.CSV_LISTS_PRIVATE).size()
                    + " CSV files written to " + target + (kind == ExportKind.CSV_LISTS_PRIVATE ? " (with private notes)" : "");
            case ICS -> Formats.count(DataExchange.toFile(target, data::exportIcs), "date") + " written to " + target;
            case VCARD -> Formats.count(DataExchange.toFile(target, data::exportVcf), "contact") + " written to " + target;
        }, done -> {
            progress.close();
            app.status().say("Export: " + done + ".");
        }, t -> {
            progress.close();
            app.dialogs().error("The export was not written", t.getMessage());
        });
    }

    // ---- import ----

    private void chooseImport(ImportKind kind) {
        Path file = switch (kind) {
            case JSON -> files.openFile("Import a whole journal", "json");
            case CONTACTS_CSV -> files.openFile("Import contacts from CSV", "csv");
            case VCARD -> files.openFile("Import contacts from vCards", "vcf");
            case GOOGLE_CSV -> files.openFile("Import a Google Contacts export", "csv");
            case OUTLOOK_CSV -> files.openFile("Import an Outlook contacts export", "csv");
            case LINKEDIN_CSV -> files.openFile("Import LinkedIn's Connections.csv", "csv");
            case MONICA_JSON -> files.openFile(I18n.t("imports.choose.monica"), "json");
            case ICS -> files.openFile(I18n.t("imports.choose.ics"), "ics");
        };
        if (file != null) {
            previewImport(kind, file);
        }
    }

    /** Reads and checks the file off the FX thread, then shows what it would add. Nothing is stored yet. */
    public void previewImport(ImportKind kind, Path file) {
        DataExchange data = app.session().data();
        Progress progress = Progress.show(app, "Reading " + file.getFileName() + "…", 0);
        app.background().run(() -> {
            try (InputStream in = java.nio.file.Files.newInputStream(file)) {
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
            } catch (java.io.IOException e) {
                throw new RapportException("The file " + file.getFileName() + " could not be read: " + e.getMessage(), e);
            }
        }, plan -> {
            progress.close();
            showPreview(file, plan);
        }, t -> {
            progress.close();
            app.dialogs().error("Nothing was imported", t.getMessage());
        });
    }

    private void showPreview(Path file, Object plan) {
        Form form = new Form("Import " + file.getFileName(), "Checked: this is what the import adds. Nothing is stored until you press Import.");
        form.setId("import-sheet");
        Label preview = form.field("preview", "The file holds", new Label(describe(plan)));
        preview.setId("import-preview");
        preview.setWrapText(true);
        ProgressBar bar = new ProgressBar(0);
        bar.setId("import-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setVisible(false);
        form.addRow(bar);
        form.setSaveText("Import");
        form.onCancel(() -> app.sheets().close());
        form.onSave(() -> {
            boolean replace = false;
            if (plan instanceof DataExchange.JsonPlan json && !json.journalEmpty()) {
                if (!app.dialogs().confirm("Replace the whole journal?", String.format(Locale.ROOT,
                        "This journal has %,d clients and %,d entries. Importing replaces all of them (%,d entries removed)"
                                + " with the file's. Back up first if you may want them back.",
                        json.journalClients(), json.journalEntries(), json.journalEntries()), "Replace")) {
                    return;
                }
                replace = true;
            }
            boolean replacing = replace;
            form.setSaveDisabled(true);
            bar.setVisible(true);
            long total = plan instanceof DataExchange.JsonPlan json ? Math.max(1, json.incomingRows()) : 0;
            bar.setProgress(total == 0 ? ProgressBar.INDETERMINATE_PROGRESS : 0);
            LongConsumer rows = n -> Background.onFx(() -> bar.setProgress(Math.min(1.0, (double) n / total)));
            app.background().run(() -> {
                long lastContact = plan instanceof DataExchange.JsonPlan ? 0 : app.session().duplicates().lastContactId();
                if (plan instanceof DataExchange.JsonPlan json) {
                    app.session().data().apply(json, replacing, replacing, rows);
                } else if (plan instanceof MonicaImport.Plan monica) {
                    app.session().data().apply(monica);
                } else if (plan instanceof CalendarImport.Plan calendar) {
                    app.session().data().apply(calendar);
                    return -1;
                } else {
                    app.session().data().apply((ContactImport.Plan) plan);
                }
                // the likely duplicates this import brought (all of them after a whole-journal import)
                return app.session().duplicates().since(lastContact).size();
            }, duplicates -> {
                app.sheets().close();
                app.status().say("Imported " + file.getFileName() + "."
                        + (duplicates > 0 ? " " + I18n.plural("imports.duplicates.count", duplicates) + "." : ""));
                afterImport.run();
                if (duplicates > 0) {
                    ImportDone.show(app, file.getFileName().toString(), duplicates, afterImport);
                }
            }, t -> {
                form.setSaveDisabled(false);
                bar.setVisible(false);
                form.showError(t instanceof RapportException r ? r : new RapportException(String.valueOf(t.getMessage()), t));
            });
        });
        app.sheets().show(form);
    }

    static String describe(Object plan) {
        if (plan instanceof DataExchange.JsonPlan json) {
            return json.describe() + (json.journalEmpty() ? "" : String.format(Locale.ROOT,
                    "%nThis journal is not empty: importing replaces its %,d clients and %,d entries.", json.journalClients(),
                    json.journalEntries()));
        }
        if (plan instanceof MonicaImport.Plan monica) {
            return monica.describe();
        }
        if (plan instanceof CalendarImport.Plan calendar) {
            return calendar.describe();
        }
        return ((ContactImport.Plan) plan).describe();
    }

    /** A small sheet with a progress bar for work the user waits for. */
    static final class Progress {
        private final AppContext app;
        private final ProgressBar bar;
        private final long total;

        private Progress(AppContext app, ProgressBar bar, long total) {
            this.app = app;
            this.bar = bar;
            this.total = total;
        }

        static Progress show(AppContext app, String title, long total) {
            Form form = new Form(title, "This may take a moment on a large journal.");
            form.setId("data-progress-sheet");
            ProgressBar bar = new ProgressBar(total > 0 ? 0 : ProgressBar.INDETERMINATE_PROGRESS);
            bar.setId("data-progress");
            bar.setMaxWidth(Double.MAX_VALUE);
            form.addRow(bar);
            form.setSaveDisabled(true);
            form.setSaveText("Working…");
            form.onCancel(() -> { });
            app.sheets().show(form);
            return new Progress(app, bar, total);
        }

        void rows(long n) {
            if (total > 0) {
                Background.onFx(() -> bar.setProgress(Math.min(1.0, (double) n / total)));
            }
        }

        void close() {
            app.sheets().close();
        }
    }

    /** Counts in words. */
    private static final class Formats {
        static String count(long n, String noun) {
            return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? noun : noun + "s");
        }
    }
}
