package dev.rapport.ui.brief;

import dev.rapport.export.ClientReviewRenderer;
import dev.rapport.export.SummaryRenderer.Format;
import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Messages;
import dev.rapport.logic.ClientReview;
import dev.rapport.logic.ClientReviewService;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.ClientAsk;
import dev.rapport.model.Period;
import dev.rapport.model.ValidationException;
import dev.rapport.ui.common.Background;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One client's review as the review sheet prepares it (issue 21), a {@link ClientDocumentViewModel}
 * with what is the review's own: the headline the consultant writes for this review and the asks
 * of the client (add, change the due date, mark done), read with the review and kept off the FX thread.
 */
public final class ClientReviewViewModel extends ClientDocumentViewModel<ClientReviewViewModel.Read, ClientReview> {
    private final StringProperty headline = new SimpleStringProperty(this, "headline", "");
    private final StringProperty newAsk = new SimpleStringProperty(this, "newAsk", "");
    private final ObjectProperty<LocalDate> newAskDue = new SimpleObjectProperty<>(this, "newAskDue");
    private final ObservableList<ClientAsk> asks = FXCollections.observableArrayList();

    public ClientReviewViewModel(JournalSession session, Background background, Client client) {
        super(session, background, client, "review.sheet.");
        newAskDue.set(LocalDate.now(session.clock()).plusDays(14));
    }

    /** The review with the client's asks, as one read brings them. */
    record Read(ClientReview review, List<ClientAsk> asks) {
    }

    private ClientReviewService reviews() {
        return session.clientReviews();
    }

    @Override
    protected Read read(long clientId, Period period) {
        return new Read(reviews().review(clientId, period), reviews().asks(clientId));
    }

    @Override
    protected ClientReview arrived(Read read) {
        headline.set(read.review().headline());
        asks.setAll(read.asks());
        return read.review();
    }

    @Override
    protected String markdown(ClientReview r, Messages language) {
        return ClientReviewRenderer.markdown(r, language);
    }

    @Override
    protected String fileName(ClientReview r, Format format, Messages language) {
        return ClientReviewRenderer.fileName(r, format, language);
    }

    @Override
    protected byte[] render(ClientReview r, Format format, Messages language) {
        return ClientReviewRenderer.render(r, format, language);
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
            showError(e.getMessage());
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
            showError(e.getMessage());
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
    private void write(Callable<?> work) {
        background.run(work, done -> load(), failure -> showError(failure.getMessage()));
    }

    public String title() {
        return I18n.t("review.title", client.name());
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
        return documentProperty();
    }
}
