package dev.rapport.ui.brief;

import dev.rapport.export.SummaryRenderer;
import dev.rapport.export.SummaryRenderer.Format;
import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.i18n.Messages;
import dev.rapport.logic.ClientSummary;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Period;
import dev.rapport.model.ValidationException;
import dev.rapport.ui.common.Background;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One client's summary as the summary sheet chooses and saves it: the period (this quarter unless
 * changed), format and language; the summary read off the FX thread whenever the period changes,
 * its Markdown and a caption for the preview; and Save, which writes the file off the FX thread,
 * whole or not at all. A period ending before it starts is refused in words and nothing is previewed,
 * as nothing could be saved. What is previewed and saved comes from the client-facing renderer, so
 * it never holds private notes.
 */
public final class SummaryViewModel {
    private final JournalSession session;
    private final Background background;
    private final Client client;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<Format> format = new SimpleObjectProperty<>(this, "format", Format.PDF);
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language", I18n.language());
    private final ReadOnlyObjectWrapper<ClientSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ReadOnlyStringWrapper markdown = new ReadOnlyStringWrapper(this, "markdown", "");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    /** Counts the reads asked for; the answer to any but the latest is dropped (the latest wins). */
    private int reads;
    private Consumer<String> saying = m -> { };
    private Consumer<String> saved = m -> { };
    private BiConsumer<String, String> problem = (title, message) -> { };

    public SummaryViewModel(JournalSession session, Background background, Client client) {
        this.session = session;
        this.background = background;
        this.client = client;
        Period quarter = Period.quarterOf(LocalDate.now(session.clock()));
        from.set(quarter.from());
        to.set(quarter.to());
        from.addListener((o, a, b) -> load());
        to.addListener((o, a, b) -> load());
        format.addListener((o, a, b) -> showChoice());
        language.addListener((o, a, b) -> showChoice());
        summary.addListener((o, a, b) -> showChoice());
        showChoice();
    }

    /** Reads the summary for the chosen period; a period that cannot be saved is refused at once. */
    public void load() {
        int ticket = ++reads;
        if (from.get() == null || to.get() == null) {
            return;
        }
        Period period;
        try {
            period = new Period(from.get(), to.get());
        } catch (ValidationException e) {
            summary.set(null);
            error.set(e.getMessage());
            return;
        }
        long clientId = client.id();
        background.run(() -> session.reports().summary(clientId, period), read -> {
            if (ticket == reads) {
                error.set("");
                summary.set(read);
            }
        }, failure -> {
            if (ticket == reads) {
                summary.set(null);
                error.set(I18n.t("summary.sheet.notRead", failure.getMessage()));
            }
        });
    }

    private void showChoice() {
        Format f = format.get();
        caption.set(f == null ? "" : I18n.t(switch (f) {
            case MD -> "summary.sheet.preview.markdown";
            case HTML -> "summary.sheet.preview.html";
            case PDF -> "summary.sheet.preview.pdf";
        }));
        ClientSummary s = summary.get();
        if (s != null) {
            error.set("");
        }
        markdown.set(s == null || language.get() == null ? "" : SummaryRenderer.markdown(s, words()));
    }

    /** The name the file is offered under, or null while there is nothing to save. */
    public String suggestedFileName() {
        ClientSummary s = summary.get();
        return s == null || format.get() == null ? null : SummaryRenderer.fileName(s, format.get(), words());
    }

    /**
     * Writes the summary as now chosen to {@code target} off the FX thread: said when it starts and
     * when it is written; a failure is shown with its reason and leaves no half-written file.
     */
    public void save(Path target) {
        ClientSummary s = summary.get();
        Format f = format.get();
        if (s == null || f == null || language.get() == null || target == null || busy.get()) {
            return;
        }
        Messages in = words();
        busy.set(true);
        saying.accept(I18n.t("summary.sheet.saving"));
        background.run(() -> {
            session.reports().save(target, SummaryRenderer.render(s, f, in));
            return target;
        }, written -> {
            busy.set(false);
            saved.accept(I18n.t("summary.sheet.saved", written));
        }, failure -> {
            busy.set(false);
            problem.accept(I18n.t("summary.sheet.notSaved"), failure.getMessage());
        });
    }

    /** Says the preview's pages could not be drawn, and why. */
    public void previewFailed(Throwable failure) {
        error.set(I18n.t("summary.sheet.preview.failed", failure.getMessage()));
    }

    /** The words of the chosen language, as the file will be written in. */
    public Messages words() {
        return Messages.of(language.get());
    }

    public String title() {
        return I18n.t("summary.title", client.name());
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<Format> formatProperty() {
        return format;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    /** The summary of the chosen period; null while the period is refused or not yet read. */
    public ReadOnlyObjectProperty<ClientSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The Markdown file's very text in the chosen language; empty when there is no summary. */
    public ReadOnlyStringProperty markdownProperty() {
        return markdown.getReadOnlyProperty();
    }

    /** What the preview shows, for the chosen format. */
    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    /** Why there is no preview (a refused period, a failed read or drawing); empty when all is well. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True while a save runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Where a save in progress is said (the status line). */
    public void onSaying(Consumer<String> say) {
        saying = say;
    }

    /** Where a written file is confirmed. */
    public void onSaved(Consumer<String> confirm) {
        saved = confirm;
    }

    /** Where a failed save is shown: its title, then its message. */
    public void onProblem(BiConsumer<String, String> show) {
        problem = show;
    }
}
