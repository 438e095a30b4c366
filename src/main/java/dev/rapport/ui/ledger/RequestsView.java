package dev.rapport.ui.ledger;

import atlantafx.base.theme.Styles;
import dev.rapport.logic.Figures;
import dev.rapport.model.LedgerFigures;
import dev.rapport.model.Request;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.Icons;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.kordamp.ikonli.feather.Feather;

/** Every request, with median hours to acknowledge and answer and the shares within target, for the filter. */
public final class RequestsView extends LedgerView<Request, RequestsView.Stage> {
    /** Where a request stands. */
    public enum Stage {
        WAITING, ACKNOWLEDGED, ANSWERED;

        String label() {
            return switch (this) {
                case WAITING -> "Not acknowledged";
                case ACKNOWLEDGED -> "Acknowledged, not answered";
                case ANSWERED -> "Answered";
            };
        }

        static Stage of(Request r) {
            return r.answeredAt() != null ? ANSWERED : r.effectiveAcknowledgedAt() != null ? ACKNOWLEDGED : WAITING;
        }
    }

    private ZoneId zone;

    public RequestsView(AppContext app) {
        super(app, "requests", "Requests", "New request", List.of(Stage.values()), Stage::label, "Any stage",
                "No requests match. Record one with “New request” when a client asks something.",
                List.of(new String[] {"ack-hours", "median hours to acknowledge"}, new String[] {"ack-within", "acknowledged in target"},
                        new String[] {"answer-hours", "median hours to answer"}, new String[] {"answer-within", "answered in target"},
                        new String[] {"unanswered", "unanswered"}));
        column("Client", 170, r -> clientName(r.clientId()));
        column("Request", 280, r -> r.title() + (r.questions().size() > 1 ? "  (" + r.questions().size() + " questions)" : ""));
        column("Received", 150, r -> time(r.receivedAt()));
        column("Acknowledged", 150, r -> r.effectiveAcknowledgedAt() == null ? "not yet" : time(r.effectiveAcknowledgedAt()));
        column("Answered", 150, r -> r.answeredAt() == null ? "not yet" : time(r.answeredAt()));
        reload();
    }

    private String time(java.time.Instant i) {
        if (zone == null) {
            zone = app.session().ledger().workingHours().zone();
        }
        return Formats.dateTime(LocalDateTime.ofInstant(i, zone));
    }

    @Override
    protected List<Node> extraActions() {
        Button settings = new Button("Response targets", Icons.of(Feather.CLOCK));
        settings.setId("requests-settings");
        settings.getStyleClass().add(Styles.FLAT);
        settings.setOnAction(e -> ResponseSettingsForm.open(app, client.getValue() == null ? null : client.getValue().id(),
                () -> app.navigator().refresh()));
        return List.of(settings);
    }

    @Override
    protected List<Request> load(Long clientId) {
        return app.session().ledger().requests(clientId);
    }

    @Override
    protected boolean matches(Request r, Stage stage, LocalDate from, LocalDate to) {
        if (zone == null) {
            zone = app.session().ledger().workingHours().zone();
        }
        return (stage == null || Stage.of(r) == stage) && within(r.receivedAt().atZone(zone).toLocalDate(), from, to);
    }

    @Override
    protected void showFigures(LedgerFigures.All all, Map<String, Label> figures) {
        LedgerFigures.Requests f = all.requests();
        figures.get("ack-hours").setText(hours(f.medianHoursToAcknowledge()));
        figures.get("ack-within").setText(Figures.percentText(f.acknowledgedWithinTargetPercent()));
        figures.get("answer-hours").setText(hours(f.medianHoursToAnswer()));
        figures.get("answer-within").setText(Figures.percentText(f.answeredWithinTargetPercent()));
        figures.get("unanswered").setText(Integer.toString(f.unanswered()));
    }

    private static String hours(Double h) {
        return Formats.number(h, 1);
    }

    @Override
    protected void open(Request r) {
        RequestForm.edit(app, r, s -> app.navigator().refresh());
    }

    @Override
    protected void create(Long clientId) {
        RequestForm.create(app, clientId, s -> app.navigator().refresh());
    }
}
