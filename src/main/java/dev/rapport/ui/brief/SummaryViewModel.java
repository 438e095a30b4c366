package dev.rapport.ui.brief;

import dev.rapport.export.SummaryRenderer;
import dev.rapport.export.SummaryRenderer.Format;
import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Messages;
import dev.rapport.logic.ClientSummary;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Period;
import dev.rapport.ui.common.Background;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One client's summary as the summary sheet chooses and saves it ({@link ClientDocumentViewModel}),
 * with a caption saying what the preview shows for the chosen format.
 */
public final class SummaryViewModel extends ClientDocumentViewModel<ClientSummary, ClientSummary> {
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");

    public SummaryViewModel(JournalSession session, Background background, Client client) {
        super(session, background, client, "summary.sheet.");
        showChoice();
    }

    @Override
    protected ClientSummary read(long clientId, Period period) {
        return session.reports().summary(clientId, period);
    }

    @Override
    protected ClientSummary arrived(ClientSummary read) {
        return read;
    }

    @Override
    protected String markdown(ClientSummary s, Messages language) {
        return SummaryRenderer.markdown(s, language);
    }

    @Override
    protected String fileName(ClientSummary s, Format format, Messages language) {
        return SummaryRenderer.fileName(s, format, language);
    }

    @Override
    protected byte[] render(ClientSummary s, Format format, Messages language) {
        return SummaryRenderer.render(s, format, language);
    }

    @Override
    protected void showChoice() {
        Format f = formatProperty().get();
        caption.set(f == null ? "" : I18n.t(switch (f) {
            case MD -> "summary.sheet.preview.markdown";
            case HTML -> "summary.sheet.preview.html";
            case PDF -> "summary.sheet.preview.pdf";
        }));
        if (documentProperty().get() != null) {
            showError("");
        }
        super.showChoice();
    }

    /** Says the preview's pages could not be drawn, and why. */
    public void previewFailed(Throwable failure) {
        showError(I18n.t("summary.sheet.preview.failed", failure.getMessage()));
    }

    public String title() {
        return I18n.t("summary.title", client.name());
    }

    /** The summary of the chosen period; null while the period is refused or not yet read. */
    public ReadOnlyObjectProperty<ClientSummary> summaryProperty() {
        return documentProperty();
    }

    /** What the preview shows, for the chosen format. */
    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }
}
