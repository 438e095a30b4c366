package dev.rapport.ui.data;

import dev.rapport.i18n.I18n;
import dev.rapport.ui.AppContext;

import java.nio.file.Path;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The journal menu's Export and Import submenus: where files come from and go to, and the sheets.
 * The work is {@link DataMenuViewModel}'s, off the FX thread, with a progress bar; an import is read
 * and checked first and shown in an {@link ImportPreview}, and is stored only when the user presses Import.
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
    private final DataMenuViewModel model;
    private final ImportPreview preview;
    private Files files;

    public DataMenu(AppContext app, Files files, Runnable afterImport) {
        this.app = app;
        this.model = new DataMenuViewModel(app.session(), app.background());
        this.preview = new ImportPreview(app, model, afterImport);
        this.files = files;
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
        String base = model.baseName();
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
        ProgressSheet progress = ProgressSheet.show(app, I18n.t("data.exporting"));
        model.export(kind, target, progress, written -> {
            progress.close();
            app.status().say(I18n.t("data.exported", written));
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
        ProgressSheet progress = ProgressSheet.show(app, I18n.t("data.reading", file.getFileName().toString()));
        model.read(kind, file, plan -> {
            progress.close();
            preview.show(file, plan);
        }, t -> {
            progress.close();
            app.dialogs().error(I18n.t("data.nothingImported"), t.getMessage());
        });
    }
}
