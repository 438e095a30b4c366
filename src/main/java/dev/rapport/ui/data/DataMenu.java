package dev.rapport.ui.data;

import dev.rapport.export.CalendarImport;
import dev.rapport.export.ContactImport;
import dev.rapport.export.JsonPlan;
import dev.rapport.export.MonicaImport;
import dev.rapport.i18n.I18n;
import dev.rapport.export.DataExchange;
import dev.rapport.model.RapportException;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.common.Form;

import java.io.InputStream;
import java.nio.file.Path;
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
        Menu menu = new Menu(I18n.t("data.menu.export"));
        menu.setId("menu-export");
        menu.getItems().addAll(
                item("menu-export-json", I18n.t("data.menu.json"), () -> export(ExportKind.JSON)),
                item("menu-export-csv", I18n.t("data.menu.csv"), () -> export(ExportKind.CSV_LISTS)),
                item("menu-export-csv-private", I18n.t("data.menu.csvPrivate"), () -> export(ExportKind.CSV_LISTS_PRIVATE)),
                new SeparatorMenuItem(),
                item("menu-export-ics", I18n.t("data.menu.ics"), () -> export(ExportKind.ICS)),
                item("menu-export-vcf", I18n.t("data.menu.vcf"), () -> export(ExportKind.VCARD)));
        return menu;
    }

    public Menu importMenu() {
        Menu menu = new Menu(I18n.t("data.menu.import"));
        menu.setId("menu-import");
        menu.getItems().addAll(
                item("menu-import-json", I18n.t("data.menu.json"), () -> chooseImport(ImportKind.JSON)),
                item("menu-import-csv", I18n.t("data.menu.contactsCsv"), () -> chooseImport(ImportKind.CONTACTS_CSV)),
                item("menu-import-vcf", I18n.t("data.menu.vcf"), () -> chooseImport(ImportKind.VCARD)),
                new SeparatorMenuItem(),
                item("menu-import-google", I18n.t("data.menu.google"), () -> chooseImport(ImportKind.GOOGLE_CSV)),
                item("menu-import-outlook", I18n.t("data.menu.outlook"), () -> chooseImport(ImportKind.OUTLOOK_CSV)),
                item("menu-import-linkedin", I18n.t("data.menu.linkedin"), () -> chooseImport(ImportKind.LINKEDIN_CSV)),
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
            case JSON -> files.saveFile(I18n.t("data.chooser.exportJson"), base + ".json", "json");
            case CSV_LISTS, CSV_LISTS_PRIVATE -> files.folder(I18n.t("data.chooser.csvFolder"));
            case ICS -> files.saveFile(I18n.t("data.chooser.exportIcs"), base + ".ics", "ics");
            case VCARD -> files.saveFile(I18n.t("data.chooser.exportVcf"), base + ".vcf", "vcf");
        };
        if (target != null) {
            exportTo(kind, target);
        }
    }

    /** Writes the export to {@code target}, with a progress bar. */
    public void exportTo(ExportKind kind, Path target) {
        DataExchange data = new DataExchange(app.session().data());
        Progress progress = Progress.show(app, I18n.t("data.exporting"), kind == ExportKind.JSON ? data.totalRows() : 0);
        app.background().run(() -> switch (kind) {
            case JSON -> I18n.plural("data.written.rows", DataExchange.toFile(target, o -> data.exportJson(o, progress::rows)),
                    target.toString());
            case CSV_LISTS -> I18n.plural("data.written.csv", data.exportCsvAll(target, false).size(), target.toString());
            case CSV_LISTS_PRIVATE -> I18n.plural("data.written.csvPrivate", data.exportCsvAll(target, true).size(), target.toString());
            case ICS -> I18n.plural("data.written.dates", DataExchange.toFile(target, data::exportIcs), target.toString());
            case VCARD -> I18n.plural("data.written.contacts", DataExchange.toFile(target, data::exportVcf), target.toString());
        }, done -> {
            progress.close();
            app.status().say(I18n.t("data.exported", done));
        }, t -> {
            progress.close();
            app.dialogs().error(I18n.t("data.exportFailed"), t.getMessage());
        });
    }

    // ---- import ----

    private void chooseImport(ImportKind kind) {
        Path file = switch (kind) {
            case JSON -> files.openFile(I18n.t("data.chooser.importJson"), "json");
            case CONTACTS_CSV -> files.openFile(I18n.t("data.chooser.importCsv"), "csv");
            case VCARD -> files.openFile(I18n.t("data.chooser.importVcf"), "vcf");
            case GOOGLE_CSV -> files.openFile(I18n.t("data.chooser.importGoogle"), "csv");
            case OUTLOOK_CSV -> files.openFile(I18n.t("data.chooser.importOutlook"), "csv");
            case LINKEDIN_CSV -> files.openFile(I18n.t("data.chooser.importLinkedIn"), "csv");
            case MONICA_JSON -> files.openFile(I18n.t("imports.choose.monica"), "json");
            case ICS -> files.openFile(I18n.t("imports.choose.ics"), "ics");
        };
        if (file != null) {
            previewImport(kind, file);
        }
    }

    /** Reads and checks the file off the FX thread, then shows what it would add. Nothing is stored yet. */
    public void previewImport(ImportKind kind, Path file) {
        DataExchange data = new DataExchange(app.session().data());
        Progress progress = Progress.show(app, I18n.t("data.reading", file.getFileName().toString()), 0);
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
                throw new RapportException(I18n.t("data.unreadable", file.getFileName().toString(), String.valueOf(e.getMessage())), e);
            }
        }, plan -> {
            progress.close();
            showPreview(file, plan);
        }, t -> {
            progress.close();
            app.dialogs().error(I18n.t("data.nothingImported"), t.getMessage());
        });
    }

    private void showPreview(Path file, Object plan) {
        Form form = new Form(I18n.t("data.preview.title", file.getFileName().toString()), I18n.t("data.preview.subtitle"));
        form.setId("import-sheet");
        Label preview = form.field("preview", I18n.t("data.preview.holds"), new Label(describe(plan)));
        preview.setId("import-preview");
        preview.setWrapText(true);
        ProgressBar bar = new ProgressBar(0);
        bar.setId("import-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setVisible(false);
        form.addRow(bar);
        form.setSaveText(I18n.t("data.preview.import"));
        form.onCancel(() -> app.sheets().close());
        form.onSave(() -> {
            boolean replace = false;
            if (plan instanceof JsonPlan json && !json.journalEmpty()) {
                if (!app.dialogs().confirm(I18n.t("data.replace.title"), I18n.t("data.replace.text",
                        I18n.plural("data.clients", json.journalClients()), I18n.plural("data.entries", json.journalEntries()),
                        I18n.plural("data.entries", json.journalEntries())), I18n.t("data.replace.action"))) {
                    return;
                }
                replace = true;
            }
            boolean replacing = replace;
            bar.setVisible(true);
            long total = plan instanceof JsonPlan json ? Math.max(1, json.incomingRows()) : 0;
            bar.setProgress(total == 0 ? ProgressBar.INDETERMINATE_PROGRESS : 0);
            LongConsumer rows = n -> Background.onFx(() -> bar.setProgress(Math.min(1.0, (double) n / total)));
            form.save(app.background(), () -> {
                long lastContact = plan instanceof JsonPlan ? 0 : app.session().duplicates().lastContactId();
                if (plan instanceof JsonPlan json) {
                    new DataExchange(app.session().data()).apply(json, replacing, replacing, rows);
                } else if (plan instanceof MonicaImport.Plan monica) {
                    new DataExchange(app.session().data()).apply(monica);
                } else if (plan instanceof CalendarImport.Plan calendar) {
                    new DataExchange(app.session().data()).apply(calendar);
                    return -1;
                } else {
                    new DataExchange(app.session().data()).apply((ContactImport.Plan) plan);
                }
                // the likely duplicates this import brought (all of them after a whole-journal import)
                return app.session().duplicates().since(lastContact).size();
            }, duplicates -> {
                app.sheets().close();
                app.status().say(I18n.t("data.imported", file.getFileName().toString())
                        + (duplicates > 0 ? " " + I18n.plural("imports.duplicates.count", duplicates) + "." : ""));
                afterImport.run();
                if (duplicates > 0) {
                    ImportDone.show(app, file.getFileName().toString(), duplicates, afterImport);
                }
            }, () -> bar.setVisible(false));
        });
        app.sheets().show(form);
    }

    static String describe(Object plan) {
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
            Form form = new Form(title, I18n.t("data.progress.subtitle"));
            form.setId("data-progress-sheet");
            ProgressBar bar = new ProgressBar(total > 0 ? 0 : ProgressBar.INDETERMINATE_PROGRESS);
            bar.setId("data-progress");
            bar.setMaxWidth(Double.MAX_VALUE);
            form.addRow(bar);
            form.setSaveDisabled(true);
            form.setSaveText(I18n.t("data.progress.working"));
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
}
