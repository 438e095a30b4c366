package dev.rapport.ui.data;

import dev.rapport.i18n.I18n;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.common.Form;

import java.nio.file.Path;
import java.util.function.LongConsumer;

import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;

/**
 * The sheet that shows what a file would add, read and checked but not stored; Import stores it
 * all or nothing (after asking, when it would replace the journal's content), with a progress bar.
 */
final class ImportPreview {
    private final AppContext app;
    private final DataMenuViewModel model;
    private final Runnable afterImport;

    ImportPreview(AppContext app, DataMenuViewModel model, Runnable afterImport) {
        this.app = app;
        this.model = model;
        this.afterImport = afterImport;
    }

    void show(Path file, Object plan) {
        String name = file.getFileName().toString();
        Form form = new Form(I18n.t("data.preview.title", name), I18n.t("data.preview.subtitle"));
        form.setId("import-sheet");
        Label preview = form.field("preview", I18n.t("data.preview.holds"), new Label(DataMenuViewModel.describe(plan)));
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
            boolean replace = DataMenuViewModel.replacesContent(plan);
            if (replace && !app.dialogs().confirm(I18n.t("data.replace.title"), DataMenuViewModel.replaceQuestion(plan),
                    I18n.t("data.replace.action"))) {
                return;
            }
            bar.setVisible(true);
            long total = DataMenuViewModel.rows(plan);
            bar.setProgress(total == 0 ? ProgressBar.INDETERMINATE_PROGRESS : 0);
            LongConsumer rows = n -> Background.onFx(() -> bar.setProgress(Math.min(1.0, (double) n / total)));
            form.save(app.background(), () -> model.store(plan, replace, rows), duplicates -> imported(name, duplicates),
                    () -> bar.setVisible(false));
        });
        app.sheets().show(form);
    }

    private void imported(String name, int duplicates) {
        app.sheets().close();
        app.status().say(I18n.t("data.imported", name)
                + (duplicates > 0 ? " " + I18n.plural("imports.duplicates.count", duplicates) + "." : ""));
        afterImport.run();
        if (duplicates > 0) {
            ImportDone.show(app, name, duplicates, afterImport);
        }
    }
}
