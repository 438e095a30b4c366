package dev.rapport.ui.data;

import dev.rapport.i18n.I18n;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.common.Form;

import javafx.scene.control.ProgressBar;

/** A small sheet with a progress bar for work the user waits for; it learns the total once the work knows it. */
final class ProgressSheet implements DataMenuViewModel.Progress {
    private final AppContext app;
    private final ProgressBar bar;
    private volatile long total;

    private ProgressSheet(AppContext app, ProgressBar bar) {
        this.app = app;
        this.bar = bar;
    }

    static ProgressSheet show(AppContext app, String title) {
        Form form = new Form(title, I18n.t("data.progress.subtitle"));
        form.setId("data-progress-sheet");
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setId("data-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        form.addRow(bar);
        form.setSaveDisabled(true);
        form.setSaveText(I18n.t("data.progress.working"));
        form.onCancel(() -> { });
        app.sheets().show(form);
        return new ProgressSheet(app, bar);
    }

    @Override
    public void total(long rows) {
        total = rows;
        if (rows > 0) {
            Background.onFx(() -> bar.setProgress(0));
        }
    }

    @Override
    public void rows(long written) {
        long of = total;
        if (of > 0) {
            Background.onFx(() -> bar.setProgress(Math.min(1.0, (double) written / of)));
        }
    }

    void close() {
        app.sheets().close();
    }
}
