package dev.rapport.ui.ledger;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.ui.common.Icons;
import dev.rapport.model.Request;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.mail.ReplyHandOff;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The reply part of the request sheet: the client's targets in words, Acknowledge (Alt+A) and
 * Answer that draft the reply, Copy that puts it on the clipboard, the hand-off to the mail program,
 * and the draft itself.
 */
final class ReplyDraft extends VBox {
    private final Label targets = Inputs.muted("");
    private final TextArea reply = new TextArea();
    private final Button acknowledge = new Button(I18n.t("ledger.request.acknowledge") + "  Alt+A", Icons.of(Feather.CHECK));
    private final Button answer = new Button(I18n.t("ledger.request.answer"), Icons.of(Feather.SEND));

    ReplyDraft(AppContext app, Request existing) {
        super(6);
        targets.setId("request-targets");
        reply.setId("request-reply");
        reply.setPrefRowCount(8);
        reply.setWrapText(true);
        reply.setPromptText(I18n.t("ledger.request.replyPrompt"));
        acknowledge.setId("request-acknowledge");
        acknowledge.setMnemonicParsing(false);
        answer.setId("request-answer");
        Button copy = new Button(I18n.t("ledger.request.copy"), Icons.of(Feather.COPY));
        copy.setId("request-copy");
        copy.getStyleClass().add(Styles.FLAT);
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(reply.getText());
            Clipboard.getSystemClipboard().setContent(content);
            app.status().say(I18n.t("ledger.request.copied"));
        });
        getChildren().addAll(targets, ReplyHandOff.add(new FlowPane(8, 8, acknowledge, answer, copy), app, existing, reply), reply);
    }

    void showTargets(String text) {
        targets.setText(text);
    }

    void showReply(String text) {
        reply.setText(text);
    }

    Button acknowledgeButton() {
        return acknowledge;
    }

    Button answerButton() {
        return answer;
    }
}
