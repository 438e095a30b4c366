package dev.rapport.ui.health;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.model.ChecklistItem;
import dev.rapport.model.Client;
import dev.rapport.model.Rating;
import dev.rapport.model.Review;
import dev.rapport.model.ReviewAnswer;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.DateField;
import dev.rapport.ui.common.Form;
import dev.rapport.ui.common.SheetSave;
import dev.rapport.ui.controls.ClientPicker;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Fill the relationship checklist for one client: each active item rated met, partly, not met
 * or not applicable, with an optional note. Items left unrated are skipped.
 */
public final class ReviewSheet {
    private static final Rating[] ORDER = {Rating.MET, Rating.PARTLY, Rating.NOT_MET, Rating.NOT_APPLICABLE};

    private ReviewSheet() {
    }

    private record Row(ChecklistItem item, ToggleGroup rating, TextField note) {
    }

    /** Opens the sheet; interactionId ties the review to a journal entry (null for a periodic review). */
    public static Form open(AppContext app, Long clientId, Long interactionId, Consumer<Review> saved) {
        Form form = new Form(I18n.t("health.review.title"), I18n.t("health.review.subtitle"));
        ReviewViewModel model = new ReviewViewModel(app.session(), app.background(), form::showFailure);
        ClientPicker client = form.field("client", I18n.t("health.review.client"), new ClientPicker("review-client"));
        client.setDisable(interactionId != null);
        DateField date = form.field("reviewedOn", I18n.t("health.review.date"),
                new DateField(app.session().clock(), LocalDate.now(app.session().clock())));
        date.setId("review-date");
        Label answersError = form.field("answers", I18n.t("health.review.checklist"), new Label(I18n.t("health.review.scale")));
        answersError.getStyleClass().add(Styles.TEXT_MUTED);
        answersError.setWrapText(true); // the scale's four words take a second line in a narrow sheet, not an ellipsis
        answersError.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        List<Row> rows = new ArrayList<>();
        model.start(interactionId, form.fillingBeforeSave(start -> {
            client.offer(start.clients(), null);
            client.getItems().stream().filter(c -> clientId != null && c.id() == clientId).findFirst().ifPresent(client::setValue);
            start.entryDay().ifPresent(date::setValue);
            for (ChecklistItem item : start.checklist()) {
                rows.add(row(form, item));
            }
        }));
        form.onCancel(() -> app.sheets().close());
        SheetSave.onSave(form, () -> {
            Client chosen = client.getValue();
            List<ReviewAnswer> answers = new ArrayList<>();
            for (Row r : rows) {
                Toggle t = r.rating().getSelectedToggle();
                if (t != null) {
                    answers.add(new ReviewAnswer(r.item().id(), r.item().name(), r.item().prompt(), (Rating) t.getUserData(),
                            r.note().getText()));
                }
            }
            Review toSave = new Review(0, chosen == null ? 0 : chosen.id(), interactionId,
                    date.read("reviewedOn", I18n.t("health.review.date")), answers);
            SheetSave.thenClose(app, form, () -> model.save(toSave), review -> I18n.plural("health.review.saved", answers.size(), chosen.name()), saved);
        });
        app.sheets().show(form);
        return form;
    }

    private static Row row(Form form, ChecklistItem item) {
        Label name = new Label(item.name());
        name.getStyleClass().add("field-label");
        Label kind = new Label(item.kind().label());
        kind.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Label prompt = new Label(item.prompt());
        prompt.setWrapText(true);
        if (!item.meaning().isEmpty()) {
            Tooltip.install(prompt, new Tooltip(item.meaning()));
        }
        ToggleGroup group = new ToggleGroup();
        HBox buttons = new HBox();
        for (int k = 0; k < ORDER.length; k++) {
            Rating r = ORDER[k];
            ToggleButton b = new ToggleButton(r == Rating.NOT_APPLICABLE ? I18n.t("health.review.notApplicableShort") : r.label());
            b.setId("rate-" + item.id() + "-" + r.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            b.setUserData(r);
            b.setToggleGroup(group);
            b.getStyleClass().add(k == 0 ? Styles.LEFT_PILL : k == ORDER.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            b.getStyleClass().add("rate-" + r.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            buttons.getChildren().add(b);
        }
        TextField note = new TextField();
        note.setId("note-" + item.id());
        dev.rapport.ui.common.Spoken.name(note, "spoken.review.note", item.name());
        note.setPromptText(I18n.t("health.review.notePrompt"));
        HBox title = new HBox(8, name, kind);
        title.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        VBox box = new VBox(6, title, prompt, buttons, note);
        box.getStyleClass().add("review-item");
        form.addRow(box);
        return new Row(item, group, note);
    }
}
