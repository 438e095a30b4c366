package dev.rapport.ui.data;

import dev.rapport.export.mail.MailFolderCheck;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.logic.MailReport;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.common.Form;

import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;

/**
 * Reading new mail from the chosen local mail folders, one reading at a time per journal: on start
 * (quietly: only news is said), from Settings → Mail folders, and from Journal → Check mail folders
 * now (a sheet with a progress bar and Cancel). The reading runs aside from the journal's worker, so
 * the window stays usable; Cancel stops it between messages, keeping what was stored whole.
 */
public final class MailFolderReading {
    /*
     * Weak both ways: a reading holds its window's context, so a value held strongly would keep its
     * own weak key alive, and with it every window ever opened (the whole scene graph and journal of
     * each; a test suite opening hundreds of windows ran out of memory). The window's menu item and
     * Settings card hold the reading as long as the window lives.
     */
    private static final Map<AppContext, WeakReference<MailFolderReading>> BY_WINDOW = new WeakHashMap<>();

    private final AppContext app;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper said = new ReadOnlyStringWrapper("");
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile double posted;
    private Runnable afterImport = () -> { };

    private MailFolderReading(AppContext app) {
        this.app = app;
    }

    /** The one reading of the window's journal (FX thread). */
    public static MailFolderReading of(AppContext app) {
        WeakReference<MailFolderReading> known = BY_WINDOW.get(app);
        MailFolderReading reading = known == null ? null : known.get();
        if (reading == null) {
            reading = new MailFolderReading(app);
            BY_WINDOW.put(app, new WeakReference<>(reading));
        }
        return reading;
    }

    /** What runs after mail came in (the window's reload). */
    public MailFolderReading afterImport(Runnable refresh) {
        this.afterImport = refresh;
        return this;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** How far the reading is, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the last reading did, in a sentence (and the lines of any message that could not be read). */
    public ReadOnlyStringProperty saidProperty() {
        return said.getReadOnlyProperty();
    }

    /** Journal → Check mail folders now: reads with a progress sheet that Cancel stops. */
    public MenuItem menuItem() {
        MenuItem item = new MenuItem(I18n.t("mailFolders.menu.check"));
        item.setId("menu-check-mail-folders");
        item.setOnAction(e -> checkWithSheet());
        return item;
    }

    /** On start: reads quietly; says something only when mail came in or a folder could not be read. */
    public void onStart() {
        check(true, null);
    }

    /** Check now. */
    public void check() {
        check(false, null);
    }

    /** Stops the reading between two messages. */
    public void cancel() {
        cancelled.set(true);
    }

    private void checkWithSheet() {
        if (running.get()) {
            return;
        }
        Form form = new Form(I18n.t("mailFolders.sheet.title"), I18n.t("mailFolders.sheet.subtitle"));
        form.setId("mail-folders-sheet");
        ProgressBar bar = new ProgressBar();
        bar.setId("mail-folders-sheet-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(progress);
        form.addRow(bar);
        form.setSaveDisabled(true);
        form.setSaveText(I18n.t("data.progress.working"));
        boolean[] open = {true};
        form.onCancel(() -> {
            open[0] = false;
            cancel();
            app.sheets().close();
        });
        app.sheets().show(form);
        check(false, () -> {
            if (open[0]) {
                open[0] = false;
                app.sheets().close();
            }
        });
    }

    private void check(boolean quiet, Runnable done) {
        if (running.get()) {
            return;
        }
        running.set(true);
        cancelled.set(false);
        posted = 0;
        progress.set(0);
        if (!quiet) {
            app.status().say(I18n.t("mailFolders.check.running"));
        }
        JournalSession session = app.session();
        app.background().runAside(() -> {
            if (session.settings().current().mailFolders().isEmpty()) {
                return null;
            }
            return new MailFolderCheck(session).run(this::at, cancelled::get);
        }, checked -> {
            running.set(false);
            progress.set(1);
            if (done != null) {
                done.run();
            }
            String sentence = sentence(checked);
            said.set(details(sentence, checked));
            if (checked != null && checked.imported() > 0) {
                afterImport.run();
            }
            if (!quiet || (checked != null && (checked.imported() > 0 || !checked.report().failures().isEmpty()))) {
                app.status().say(sentence);
            }
        }, failure -> {
            running.set(false);
            if (done != null) {
                done.run();
            }
            said.set(I18n.t("mailFolders.check.failed", failure.getMessage()));
            app.status().say(said.get());
        });
    }

    /** Progress from the reading thread, handed to the window only when it moved a percent. */
    private void at(long done, long total, String source) {
        double fraction = total <= 0 ? 1 : Math.min(1.0, (double) done / total);
        if (fraction - posted >= 0.01 || fraction >= 1.0) {
            posted = fraction;
            Background.onFx(() -> progress.set(fraction));
        }
    }

    static String sentence(MailFolderCheck.Checked checked) {
        if (checked == null) {
            return I18n.t("mailFolders.check.none");
        }
        MailReport r = checked.report();
        if (checked.cancelled()) {
            return I18n.t("mailFolders.check.cancelled", r.summary());
        }
        if (r.files() == 0) {
            return I18n.plural("mailFolders.check.nothingNew", checked.foldersRead() + checked.foldersUnchanged());
        }
        return I18n.t("mailFolders.check.done", r.summary());
    }

    /** The sentence, then the first lines of the messages that could not be read. */
    private static String details(String sentence, MailFolderCheck.Checked checked) {
        if (checked == null || checked.report().failures().isEmpty()) {
            return sentence;
        }
        StringBuilder b = new StringBuilder(sentence);
        var failures = checked.report().failures();
        for (int i = 0; i < Math.min(5, failures.size()); i++) {
            b.append(System.lineSeparator()).append(failures.get(i).message());
        }
        if (failures.size() > 5) {
            b.append(System.lineSeparator()).append(I18n.plural("mailFolders.check.moreLines", failures.size() - 5));
        }
        return b.toString();
    }
}
