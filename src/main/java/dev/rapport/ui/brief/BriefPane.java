package dev.rapport.ui.brief;

import atlantafx.base.theme.Styles;
import dev.rapport.export.BriefRenderer;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.Brief;
import dev.rapport.model.Client;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Icons;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The meeting brief on screen (DOMAIN §6): the client's open items, last contacts, weak spots,
 * the question to ask and the people, with Export PDF and Copy as Markdown. With a picker when
 * reached by Ctrl+B, fixed to one client on the client page.
 */
public final class BriefPane extends VBox {
    private final AppContext app;
    private final VBox body = new VBox(14);
    private final dev.rapport.ui.controls.ClientPicker picker = new dev.rapport.ui.controls.ClientPicker("brief-client");
    private Brief brief;

    /** For one client (the client page's Brief tab). */
    public BriefPane(AppContext app, long clientId) {
        this(app, List.of(), clientId);
    }

    /** With a client picker over the given clients (Ctrl+B); selected may be null. */
    public BriefPane(AppContext app, List<Client> clients, Long selected) {
        this.app = app;
        setId("brief-pane");
        setSpacing(12);
        setPadding(new Insets(clients.isEmpty() ? 8 : 24));
        getChildren().addAll(toolbar(clients), scroller());
        if (selected != null) {
            clients.stream().filter(c -> c.id() == selected).findFirst().ifPresent(picker::setValue);
            load(selected);
        } else {
            showEmpty();
            javafx.application.Platform.runLater(picker::requestFocus);
        }
    }

    private VBox toolbar(List<Client> clients) {
        Button pdf = new Button(I18n.t("brief.pane.exportPdf"), Icons.of(Feather.PRINTER));
        pdf.setId("brief-export-pdf");
        pdf.setOnAction(e -> exportPdf());
        Button copy = new Button(I18n.t("brief.pane.copyMarkdown"), Icons.of(Feather.COPY));
        copy.setId("brief-copy-md");
        copy.setOnAction(e -> copyMarkdown());
        Button summary = new Button(I18n.t("brief.pane.summary"), Icons.of(Feather.FILE_TEXT));
        summary.setId("brief-summary");
        summary.setOnAction(e -> {
            if (brief != null) {
                SummarySheet.open(app, brief.client());
            }
        });
        pdf.disableProperty().bind(picker.valueProperty().isNull().and(picker.visibleProperty()));
        copy.disableProperty().bind(pdf.disableProperty());
        summary.disableProperty().bind(pdf.disableProperty());
        Button review = new Button(I18n.t("brief.pane.review"), Icons.of(Feather.BAR_CHART_2));
        review.setId("brief-review");
        review.setOnAction(e -> {
            if (brief != null) {
                ClientReviewSheet.open(app, brief.client());
            }
        });
        review.disableProperty().bind(pdf.disableProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8);
        bar.setAlignment(Pos.CENTER_LEFT);
        if (!clients.isEmpty()) {
            Label title = new Label(I18n.t("brief.pane.title"));
            title.getStyleClass().add(Styles.TITLE_3);
            picker.setPromptText(I18n.t("brief.pane.chooseClient"));
            picker.getItems().setAll(clients);
            picker.valueProperty().addListener((o, a, c) -> {
                if (c != null) {
                    load(c.id());
                }
            });
            bar.getChildren().addAll(title, picker);
        } else {
            picker.setVisible(false);
            picker.setManaged(false);
        }
        bar.getChildren().add(spacer);
        // the four actions wrap under the picker when their words do not fit beside it (long languages, large text)
        FlowPane actions = new FlowPane(8, 8, summary, review, copy, pdf);
        actions.setAlignment(Pos.CENTER_RIGHT);
        for (Button b : List.of(summary, review, copy, pdf)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        return new VBox(8, bar, actions);
    }

    private ScrollPane scroller() {
        body.setId("brief-body");
        body.setPadding(new Insets(4, 8, 16, 4));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return scroll;
    }

    private void showEmpty() {
        Label hint = new Label(I18n.t("brief.pane.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        body.getChildren().setAll(hint);
    }

    private void load(long clientId) {
        app.background().run(() -> {
            // opening the brief prepares the client's meetings this week (Today stops listing them)
            app.session().meetings().briefOpened(clientId);
            return app.session().reports().brief(clientId);
        }, this::show,
                t -> app.dialogs().error(I18n.t("brief.pane.notMade"), t.getMessage()));
    }

    private void show(Brief b) {
        this.brief = b;
        body.getChildren().clear();
        Label sub = new Label(BriefRenderer.subtitle(b));
        sub.getStyleClass().add(Styles.TEXT_MUTED);
        body.getChildren().add(sub);
        int n = 0;
        for (BriefRenderer.Section s : BriefRenderer.sections(b)) {
            int line = 0;
            n++;
            Label heading = new Label(s.title());
            heading.getStyleClass().add(Styles.TITLE_4);
            VBox lines = new VBox(4);
            if (s.lines().isEmpty()) {
                Label none = new Label(s.empty());
                none.getStyleClass().add(Styles.TEXT_MUTED);
                lines.getChildren().add(none);
            }
            for (String text : s.lines()) {
                Label l = new Label(text);
                l.setWrapText(true);
                if (line++ < s.urgent()) {
                    l.getStyleClass().add(Styles.DANGER);
                }
                lines.getChildren().add(l);
            }
            VBox section = new VBox(6, heading, lines);
            section.setId("brief-section-" + n);
            body.getChildren().add(section);
        }
    }

    /** The brief as Markdown on the clipboard. */
    void copyMarkdown() {
        if (brief == null) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(BriefRenderer.markdown(brief));
        Clipboard.getSystemClipboard().setContent(content);
        app.status().say(I18n.t("brief.pane.copied"));
    }

    private void exportPdf() {
        if (brief == null) {
            return;
        }
        Brief b = brief;
        Path target = SaveTarget.current().choose(getScene() == null ? null : getScene().getWindow(),
                BriefRenderer.fileName(b, "pdf"), "PDF", "pdf");
        if (target == null) {
            return;
        }
        app.status().say(I18n.t("brief.pane.making"));
        app.background().run(() -> {
                    app.session().reports().save(target, BriefRenderer.pdf(b));
                    return target;
                }, t -> app.status().say(I18n.t("brief.pane.saved", t)),
                t -> app.dialogs().error(I18n.t("brief.pane.notSaved"), t.getMessage()));
    }

    Brief brief() {
        return brief;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
