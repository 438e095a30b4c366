package dev.rapport.ui.brief;

import dev.rapport.export.ClientReviewRenderer;
import dev.rapport.export.SummaryRenderer.Format;
import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.i18n.Messages;
import dev.rapport.logic.ClientReview;
import dev.rapport.logic.ClientReviewService;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.ClientAsk;
import dev.rapport.model.Period;
import dev.rapport.model.ValidationException;
import dev.rapport.ui.common.Background;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One client's review as the review sheet prepares it (issue 21): the period (this quarter unless
 * changed), format and language; the headline the consultant writes for this review and the asks
 * of the client (add, change the due date, mark done); the review read off the FX thread whenever
 * something changes, with its Markdown for the preview; and Save, written off the FX thread, whole
 * or not at all. Everything shown comes from the client-facing renderer, so nothing private.
 */
public final class ClientReviewViewModel {
    private final JournalSession session;
    private final Background background;
    private final Client client;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<Format> format = new SimpleObjectProperty<>(this, "format", Format.PDF);
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language", I18n.language());
    private final StringProperty headline = new SimpleStringProperty(this, "headline", "");
    private final StringProperty newAsk = new SimpleStringProperty(this, "newAsk", "");
    private final ObjectProperty<LocalDate> newAskDue = new SimpleObjectProperty<>(this, "newAskDue");
    private final ObservableList<ClientAsk> asks = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ClientReview> review = new ReadOnlyObjectWrapper<>(this, "review");
    private final ReadOnlyStringWrapper markdown = new ReadOnlyStringWrapper(this, "markdown", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    /** Counts the reads asked for; the answer to any but the latest is dropped. */
    private int reads;
    private Consumer<String> saved = m -> { };
    private BiConsumer<String, String> problem = (title, message) -> { };

    public ClientReviewViewModel(JournalSession session, Background background, Client client) {
        this.session = session;
        this.background = background;
        this.client = client;
        Period quarter = Period.quarterOf(LocalDate.now(session.clock()));
        from.set(quarter.from());
        to.set(quarter.to());
        newAskDue.set(LocalDate.now(session.clock()).plusDays(14));
        from.addListener((o, a, b) -> load());
        to.addListener((o, a, b) -> load());
        language.addListener((o, a, b) -> showMarkdown());
        review.addListener((o, a, b) -> showMarkdown());
    }

    private ClientReviewService reviews() {
        return session.clientReviews();
    }

    /** The chosen period, or null (with the reason shown) when it ends before it starts. */
    private Period period() {
        if (from.get() == null || to.get() == null) {
            return null;
        }
        try {
            return new Period(from.get(), to.get());
        } catch (ValidationException e) {
            review.set(null);
            error.set(e.getMessage());
            return null;
        }
    }

    /** Reads the review, its headline and the client's asks for the chosen period. */
    public void load() {
        int ticket = ++reads;
        Period period = period();
        if (period == null) {
            return;
        }
        long clientId = client.id();
        background.run(() -> new Read(reviews().review(clientId, period), reviews().asks(clientId)), read -> {
            if (ticket == reads) {
                error.set("");
                headline.set(read.review().headline());
                asks.setAll(read.asks());
                review.set(read.review());
            }
        }, failure -> {
            if (ticket == reads) {
                review.set(null);
                error.set(I18n.t("review.sheet.notRead", failure.getMessage()));
            }
        });
    }

    private record Read(ClientReview review, List<ClientAsk> asks) {
    }

    /** Keeps the headline as written for this review, then reads the review again. */
    public void saveHeadline() {
        Period period = period();
        if (period == null) {
            return;
        }
        String text = headline.get();
        write(() -> reviews().saveHeadline(client.id(), period, text));
    }

    /** Adds the ask being written, due on the chosen day; a missing text or day is refused in words. */
    public void addAsk() {
        ClientAsk ask;
        try {
            ask = ClientAsk.of(client.id(), newAsk.get(), newAskDue.get());
        } catch (ValidationException e) {
            error.set(e.getMessage());
            return;
        }
        newAsk.set("");
        write(() -> reviews().saveAsk(ask));
    }

    public void setDone(ClientAsk ask, boolean done) {
        write(() -> reviews().markDone(ask.id(), done));
    }

    public void changeDue(ClientAsk ask, LocalDate due) {
        ClientAsk changed;
        try {
            changed = ask.withWhat(ask.what(), due);
        } catch (ValidationException e) {
            error.set(e.getMessage());
            return;
        }
        write(() -> reviews().saveAsk(changed));
    }

    public void removeAsk(ClientAsk ask) {
        write(() -> {
            reviews().deleteAsk(ask.id());
            return null;
        });
    }

    /** Journal work off the FX thread, then a fresh read; a refusal is shown, nothing half-kept. */
    private void write(java.util.concurrent.Callable<?> work) {
        background.run(work, done -> load(), failure -> error.set(failure.getMessage()));
    }

    private void showMarkdown() {
        ClientReview r = review.get();
        markdown.set(r == null || language.get() == null ? "" : ClientReviewRenderer.markdown(r, words()));
    }

    /** The name the file is offered under, or null while there is nothing to save. */
    public String suggestedFileName() {
        ClientReview r = review.get();
        return r == null || format.get() == null ? null : ClientReviewRenderer.fileName(r, format.get(), words());
    }

    /** Writes the review as now chosen to {@code target} off the FX thread; a failure is shown and leaves no half-written file. */
    public void save(Path target) {
        ClientReview r = review.get();
        Format f = format.get();
        if (r == null || f == null || language.get() == null || target == null || busy.get()) {
            return;
        }
        Messages in = words();
        busy.set(true);
        background.run(() -> {
            session.reports().save(target, ClientReviewRenderer.render(r, f, in));
            return target;
        }, written -> {
            busy.set(false);
            saved.accept(I18n.t("review.sheet.saved", written));
        }, failure -> {
            busy.set(false);
            problem.accept(I18n.t("review.sheet.notSaved"), failure.getMessage());
        });
    }

    /** The words of the chosen language, as the file will be written in. */
    public Messages words() {
        return Messages.of(language.get());
    }

    public String title() {
        return I18n.t("review.title", client.name());
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

    public StringProperty headlineProperty() {
        return headline;
    }

    public StringProperty newAskProperty() {
        return newAsk;
    }

    public ObjectProperty<LocalDate> newAskDueProperty() {
        return newAskDue;
    }

    /** The client's asks: open first by due date, then the done ones. */
    public ObservableList<ClientAsk> asks() {
        return asks;
    }

    public ReadOnlyObjectProperty<ClientReview> reviewProperty() {
        return review.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty markdownProperty() {
        return markdown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public void onSaved(Consumer<String> confirm) {
        saved = confirm;
    }

    public void onProblem(BiConsumer<String, String> show) {
        problem = show;
    }
}
