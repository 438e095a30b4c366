package dev.rapport.ui.brief;

import dev.rapport.export.SummaryRenderer.Format;
import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.i18n.Messages;
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
 * A client document as its sheet chooses and saves it (the summary, the client review): the period
 * (this quarter unless changed), format and language; the document read off the FX thread whenever
 * the period changes (the latest read wins), its Markdown for the preview; and Save, which writes the
 * file off the FX thread, whole or not at all. A period ending before it starts is refused in words
 * and nothing is previewed, as nothing could be saved. A document states how it is read, written
 * and named; everything shown comes from its client-facing renderer, so nothing private.
 *
 * @param <R> what one read brings back (the document, and whatever else its sheet shows)
 * @param <D> the document
 */
public abstract class ClientDocumentViewModel<R, D> {
    protected final JournalSession session;
    protected final Background background;
    protected final Client client;
    /** The start of the sheet's message keys: {@code notRead}, {@code saving}, {@code saved}, {@code notSaved}. */
    private final String keys;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<Format> format = new SimpleObjectProperty<>(this, "format", Format.PDF);
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language", I18n.language());
    private final ReadOnlyObjectWrapper<D> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyStringWrapper markdown = new ReadOnlyStringWrapper(this, "markdown", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    /** Counts the reads asked for; the answer to any but the latest is dropped (the latest wins). */
    private int reads;
    private Consumer<String> saying;
    private Consumer<String> saved = m -> { };
    private BiConsumer<String, String> problem = (title, message) -> { };

    protected ClientDocumentViewModel(JournalSession session, Background background, Client client, String keys) {
        this.session = session;
        this.background = background;
        this.client = client;
        this.keys = keys;
        Period quarter = Period.quarterOf(LocalDate.now(session.clock()));
        from.set(quarter.from());
        to.set(quarter.to());
        from.addListener((o, a, b) -> load());
        to.addListener((o, a, b) -> load());
        format.addListener((o, a, b) -> showChoice());
        language.addListener((o, a, b) -> showChoice());
        document.addListener((o, a, b) -> showChoice());
    }

    /** Reads the document for the period, off the FX thread. */
    protected abstract R read(long clientId, Period period) throws Exception;

    /** Takes a read in on the FX thread (showing what else it brought) and gives its document. */
    protected abstract D arrived(R read);

    protected abstract String markdown(D document, Messages language);

    protected abstract String fileName(D document, Format format, Messages language);

    protected abstract byte[] render(D document, Format format, Messages language);

    /** The chosen period, or null (with the reason shown) when it ends before it starts. */
    protected final Period period() {
        if (from.get() == null || to.get() == null) {
            return null;
        }
        try {
            return new Period(from.get(), to.get());
        } catch (ValidationException e) {
            document.set(null);
            error.set(e.getMessage());
            return null;
        }
    }

    /** Reads the document for the chosen period; a period that cannot be saved is refused at once. */
    public void load() {
        int ticket = ++reads;
        Period period = period();
        if (period == null) {
            return;
        }
        long clientId = client.id();
        background.run(() -> read(clientId, period), read -> {
            if (ticket == reads) {
                error.set("");
                document.set(arrived(read));
            }
        }, failure -> {
            if (ticket == reads) {
                document.set(null);
                error.set(I18n.t(keys + "notRead", failure.getMessage()));
            }
        });
    }

    /** Shows the choice made: the Markdown in the chosen language. */
    protected void showChoice() {
        D d = document.get();
        markdown.set(d == null || language.get() == null ? "" : markdown(d, words()));
    }

    /** Shows a reason nothing is previewed or kept; empty clears it. */
    protected final void showError(String message) {
        error.set(message);
    }

    /** The name the file is offered under, or null while there is nothing to save. */
    public String suggestedFileName() {
        D d = document.get();
        return d == null || format.get() == null ? null : fileName(d, format.get(), words());
    }

    /**
     * Writes the document as now chosen to {@code target} off the FX thread: said when it starts (where
     * asked) and when it is written; a failure is shown with its reason and leaves no half-written file.
     */
    public void save(Path target) {
        D d = document.get();
        Format f = format.get();
        if (d == null || f == null || language.get() == null || target == null || busy.get()) {
            return;
        }
        Messages in = words();
        busy.set(true);
        if (saying != null) {
            saying.accept(I18n.t(keys + "saving"));
        }
        background.run(() -> {
            session.reports().save(target, render(d, f, in));
            return target;
        }, written -> {
            busy.set(false);
            saved.accept(I18n.t(keys + "saved", written));
        }, failure -> {
            busy.set(false);
            problem.accept(I18n.t(keys + "notSaved"), failure.getMessage());
        });
    }

    /** The words of the chosen language, as the file will be written in. */
    public Messages words() {
        return Messages.of(language.get());
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

    /** The document of the chosen period; null while the period is refused or not yet read. */
    public ReadOnlyObjectProperty<D> documentProperty() {
        return document.getReadOnlyProperty();
    }

    /** The Markdown file's very text in the chosen language; empty when there is no document. */
    public ReadOnlyStringProperty markdownProperty() {
        return markdown.getReadOnlyProperty();
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
