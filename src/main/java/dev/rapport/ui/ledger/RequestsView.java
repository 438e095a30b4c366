package dev.rapport.ui.ledger;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.model.Request;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.Icons;

import java.time.LocalDateTime;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import org.kordamp.ikonli.feather.Feather;

/** Every request, with median hours to acknowledge and answer and the shares within target, for the filter. */
public final class RequestsView extends LedgerView<Request, RequestsView.Stage> {
    /** Where a request stands. */
    public enum Stage {
        WAITING, ACKNOWLEDGED, ANSWERED;

        String label() {
            return switch (this) {
                case WAITING -> I18n.t("ledger.requests.stage.waiting");
                case ACKNOWLEDGED -> I18n.t("ledger.requests.stage.acknowledged");
                case ANSWERED -> I18n.t("ledger.requests.stage.answered");
            };
        }

        /** The stage in a word, for a list's detail line. */
        String shortLabel() {
            return switch (this) {
                case WAITING -> I18n.t("ledger.requests.stage.waitingShort");
                case ACKNOWLEDGED -> I18n.t("ledger.requests.stage.acknowledgedShort");
                case ANSWERED -> I18n.t("ledger.requests.stage.answeredShort");
            };
        }

        static Stage of(Request r) {
            return r.answeredAt() != null ? ANSWERED : r.effectiveAcknowledgedAt() != null ? ACKNOWLEDGED : WAITING;
        }
    }

    public RequestsView(AppContext app) {
        super(app, new RequestsViewModel(app.session(), app.background()), "requests", I18n.t("ledger.requests.title"), I18n.t("ledger.requests.new"), Stage::label,
                I18n.t("ledger.requests.anyStage"), I18n.t("ledger.requests.empty"),
                List.of(new String[] {"ack-hours", I18n.t("ledger.requests.fig.ackHours")},
                        new String[] {"ack-within", I18n.t("ledger.requests.fig.ackWithin")},
                        new String[] {"answer-hours", I18n.t("ledger.requests.fig.answerHours")},
                        new String[] {"answer-within", I18n.t("ledger.requests.fig.answerWithin")},
                        new String[] {"unanswered", I18n.t("ledger.requests.fig.unanswered")}));
        column(I18n.t("ledger.col.client"), 170, r -> clientName(r.clientId()));
        column(I18n.t("ledger.requests.col.request"), 280, r -> r.title()
                + (r.questions().size() > 1 ? "  (" + I18n.plural("ledger.requests.questions", r.questions().size()) + ")" : ""));
        column(I18n.t("ledger.requests.col.received"), 150, r -> time(r.receivedAt()));
        column(I18n.t("ledger.requests.col.acknowledged"), 150, r -> r.effectiveAcknowledgedAt() == null ? I18n.t("ledger.notYet")
                : time(r.effectiveAcknowledgedAt()));
        column(I18n.t("ledger.requests.col.answered"), 150, r -> r.answeredAt() == null ? I18n.t("ledger.notYet") : time(r.answeredAt()));
        model.reload();
    }

    private String time(java.time.Instant i) {
        return Formats.dateTime(LocalDateTime.ofInstant(i, model.zone()));
    }

    @Override
    protected List<Node> extraActions() {
        Button settings = new Button(I18n.t("ledger.targets.button"), Icons.of(Feather.CLOCK));
        settings.setId("requests-settings");
        settings.getStyleClass().add(Styles.FLAT);
        settings.setOnAction(e -> ResponseSettingsForm.open(app, model.filters().clientId(),
                () -> { }));
        return List.of(settings);
    }

    @Override
    protected void open(Request r) {
        RequestForm.edit(app, r, s -> { });
    }

    @Override
    protected void create(Long clientId) {
        RequestForm.create(app, clientId, s -> { });
    }
}
