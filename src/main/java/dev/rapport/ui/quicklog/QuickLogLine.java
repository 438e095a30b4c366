package dev.rapport.ui.quicklog;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.QuickLog;
import dev.rapport.model.Contact;
import dev.rapport.model.QuickLogDraft;
import dev.rapport.model.QuickLogDraft.Clause;
import dev.rapport.model.QuickLogDraft.Issue;
import dev.rapport.model.QuickLogSaved;
import dev.rapport.model.Text;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Formats;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

/**
 * The quick-log line (Ctrl+L, anywhere): one line of text, and beneath it, as you type, what Enter
 * will save or what is wrong, part by part. It takes the keyboard when it opens and gives it back
 * where it was when it closes; Esc leaves without saving.
 */
public final class QuickLogLine {
    private static final String OPEN_KEY = QuickLogLine.class.getName();
    private static final double WIDTH = 760;

    private final AppContext app;
    private final Node owner;
    private final Runnable onSaved;
    private final QuickLog quickLog;
    private final Popup popup = new Popup();
    private final TextField line = new TextField();
    private final VBox preview = new VBox(2);
    private final Node returnFocusTo;
    private QuickLogDraft draft;

    private QuickLogLine(AppContext app, Node owner, Runnable onSaved) {
        this.app = app;
        this.owner = owner;
        this.onSaved = onSaved;
        this.quickLog = QuickLog.of(app.session());
        this.returnFocusTo = owner.getScene().getFocusOwner();
        field();
        popup.getContent().add(box());
        popup.setAutoHide(true);
        popup.setHideOnEscape(false);
        popup.setOnHidden(e -> closed());
    }

    /** Opens the line over the owner's window; a second Ctrl+L while it is open only brings the keyboard back to it. */
    public static void open(AppContext app, Node owner, Runnable onSaved) {
        if (owner.getProperties().get(OPEN_KEY) instanceof QuickLogLine open) {
            open.line.requestFocus();
            return;
        }
        QuickLogLine quickLogLine = new QuickLogLine(app, owner, onSaved);
        owner.getProperties().put(OPEN_KEY, quickLogLine);
        quickLogLine.show();
    }

    private void field() {
        line.setId("quicklog-line");
        dev.rapport.ui.common.Spoken.name(line, "spoken.quickLog");
        line.setPromptText(I18n.t("quickLog.hint.example"));
        line.setPrefWidth(WIDTH);
        line.textProperty().addListener((o, was, now) -> update(now));
        line.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        preview.setId("quicklog-preview");
        update("");
    }

    private VBox box() {
        Label hint = new Label(I18n.t("quickLog.hint") + "   " + I18n.t("quickLog.hint.keys"));
        hint.setId("quicklog-hint");
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox box = new VBox(8, line, preview, hint);
        box.getStyleClass().add("search-popup");
        box.setPadding(new Insets(12));
        box.setPrefWidth(WIDTH + 24);
        return box;
    }

    private void show() {
        Bounds b = owner.localToScreen(owner.getBoundsInLocal());
        double width = Math.min(WIDTH + 24, b.getWidth() - 40);
        line.setPrefWidth(width - 24);
        popup.show(owner, b.getMinX() + (b.getWidth() - width) / 2, b.getMinY() + 64);
        // asked after the popup is up, so the field gets the keys and not the control behind
        Platform.runLater(line::requestFocus);
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            popup.hide();
        } else if (e.getCode() == KeyCode.ENTER) {
            e.consume();
            save();
        }
    }

    private void update(String text) {
        draft = Text.isBlank(text) ? null : quickLog.parse(text);
        List<Node> rows = new ArrayList<>();
        if (draft != null && !draft.isValid()) {
            for (Issue issue : draft.issues()) {
                Label l = row(issue.message());
                l.getStyleClass().add(Styles.DANGER);
                l.setId("quicklog-issue-" + issue.part());
                rows.add(l);
            }
        } else if (draft != null) {
            rows.add(row(I18n.t("quickLog.preview.client") + ": " + draft.client().name()));
            rows.add(row(I18n.t("quickLog.preview.channel") + ": " + draft.channel().label()));
            rows.add(row(I18n.t("quickLog.preview.people") + ": " + (draft.people().isEmpty() ? I18n.t("quickLog.preview.nobody")
                    : draft.people().stream().map(Contact::name).collect(Collectors.joining(", ")))));
            rows.add(row(I18n.t("quickLog.preview.entry") + ": " + draft.text()));
            for (Clause c : draft.clauses()) {
                rows.add(row(clause(c)));
            }
        }
        preview.getChildren().setAll(rows);
    }

    private String clause(Clause c) {
        StringBuilder b = new StringBuilder(I18n.t("quickLog.part." + Text.key(c.kind()))).append(": ").append(c.text());
        if (c.due() != null) {
            b.append(" — ").append(I18n.t(c.kind() == QuickLogDraft.Kind.PROMISE ? "quickLog.preview.due" : "quickLog.preview.target",
                    when(c.due())));
        }
        if (c.person() != null) {
            b.append(" · @").append(c.person().name());
        }
        return b.toString();
    }

    /** "Nov 27, 2026 · Friday · in 2 days", as a date field shows the date it understood. */
    private String when(LocalDate date) {
        long days = ChronoUnit.DAYS.between(app.session().today(), date);
        return I18n.t("common.date.understood", Formats.date(date),
                date.getDayOfWeek().getDisplayName(TextStyle.FULL, I18n.messages().locale()), Formats.daysAgo(-days));
    }

    private static Label row(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(WIDTH);
        l.getStyleClass().add("quicklog-row");
        return l;
    }

    private void save() {
        if (draft == null || !draft.isValid()) {
            update(line.getText());
            if (draft == null) {
                preview.getChildren().setAll(row(I18n.t("quickLog.part.line") + ": " + I18n.t("quickLog.issue.empty")));
            }
            return;
        }
        QuickLogDraft chosen = draft;
        line.setDisable(true);
        app.background().run(() -> quickLog.save(chosen), this::saved, t -> {
            line.setDisable(false);
            Label l = row(t.getMessage());
            l.getStyleClass().add(Styles.DANGER);
            preview.getChildren().setAll(l);
            line.requestFocus();
        });
    }

    private void saved(QuickLogSaved saved) {
        int items = saved.promises().size() + saved.requests().size() + saved.problems().size();
        String client = saved.draft().client().name();
        app.status().say(items == 0 ? I18n.t("quickLog.savedEntry", client) : I18n.plural("quickLog.saved", items, client));
        popup.hide();
        onSaved.run();
    }

    private void closed() {
        owner.getProperties().remove(OPEN_KEY);
        if (returnFocusTo != null && returnFocusTo.getScene() != null) {
            returnFocusTo.requestFocus();
        }
    }
}
