package dev.rapport.ui.mail;

import dev.rapport.export.mail.ReplyDrafts;
import dev.rapport.i18n.I18n;
import dev.rapport.model.MailDraft;
import dev.rapport.model.Request;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Icons;

import java.nio.file.Path;
import java.util.Optional;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Pane;
import org.kordamp.ikonli.feather.Feather;

/**
 * A stored request's reply handed to the person's mail program: "Open in mail program" (a mailto:
 * link) and "Save .eml draft…" (a draft in reply to the client's message, then opened). The text
 * is the reply as Acknowledge or Answer wrote it, edits included.
 */
public final class ReplyHandOff {
    private ReplyHandOff() {
    }

    /** Adds the two buttons to the reply's button row (nothing for a request not saved yet); returns the row. */
    public static <P extends Pane> P add(P row, AppContext app, Request existing, TextArea reply) {
        if (existing == null) {
            return row;
        }
        Button compose = new Button(I18n.t("mail.reply.compose"), Icons.of(Feather.MAIL));
        compose.setId("request-mailto");
        compose.getStyleClass().add(Styles.FLAT);
        compose.setOnAction(e -> text(app, reply).ifPresent(text -> app.background().run(() -> {
            MailDraft d = app.session().mailReplies().draft(existing.id(), text);
            DesktopMailHandOff.current().compose(ReplyDrafts.mailto(d));
            return d;
        }, d -> app.status().say(I18n.t("mail.reply.composed", d.to().isEmpty() ? I18n.t("mail.reply.noAddress") : d.to())),
                t -> app.dialogs().error(I18n.t("mail.reply.failed"), t.getMessage()))));
        Button save = new Button(I18n.t("mail.reply.save"), Icons.of(Feather.DOWNLOAD));
        save.setId("request-eml");
        save.getStyleClass().add(Styles.FLAT);
        save.setOnAction(e -> text(app, reply).ifPresent(text -> app.background().run(
                () -> app.session().mailReplies().draft(existing.id(), text), d -> {
                    Optional<Path> file = DesktopMailHandOff.current().draftFile(row.getScene().getWindow(), ReplyDrafts.fileName(d));
                    file.ifPresent(f -> app.background().run(() -> {
                        ReplyDrafts.writeEml(d, f);
                        DesktopMailHandOff.current().open(f);
                        return f;
                    }, saved -> app.status().say(I18n.t("mail.reply.saved", saved.getFileName().toString())),
                            t -> app.dialogs().error(I18n.t("mail.reply.failed"), t.getMessage())));
                }, t -> app.dialogs().error(I18n.t("mail.reply.failed"), t.getMessage()))));
        row.getChildren().addAll(compose, save);
        return row;
    }

    /** The reply's text; when there is none yet, the status line says to write it first. */
    private static Optional<String> text(AppContext app, TextArea reply) {
        String text = reply.getText();
        if (text == null || text.isBlank()) {
            app.status().say(I18n.t("mail.reply.writeFirst"));
            return Optional.empty();
        }
        return Optional.of(text);
    }
}
