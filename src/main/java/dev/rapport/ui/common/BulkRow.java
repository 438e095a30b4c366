package dev.rapport.ui.common;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.ui.AppContext;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;

/**
 * A list's bulk-change row: a label, a tag field and the list's own actions; each change asks with
 * the count, applies to all the rows chosen or none, and offers Undo (the list follows the change
 * notice). Wraps at large text.
 *
 * @param <T> the list's row
 */
public final class BulkRow<T> extends FlowPane {
    private final AppContext app;
    private final Supplier<List<T>> chosen;
    private final String noneChosenKey;
    private final TextField tag = new TextField();

    /**
     * @param labelKey      the row's label
     * @param tagId         the tag field's id
     * @param tagPromptKey  the tag field's prompt
     * @param chosen        the rows a change applies to
     * @param noneChosenKey what the status line says when a change finds no row chosen
     */
    public BulkRow(AppContext app, String labelKey, String tagId, String tagPromptKey, Supplier<List<T>> chosen,
                   String noneChosenKey) {
        super(10, 8);
        this.app = app;
        this.chosen = chosen;
        this.noneChosenKey = noneChosenKey;
        Label label = new Label(I18n.t(labelKey));
        label.getStyleClass().add(Styles.TEXT_MUTED);
        tag.setId(tagId);
        Spoken.name(tag, "spoken.filter.bulkTag");
        tag.setPromptText(I18n.t(tagPromptKey));
        tag.setPrefWidth(140);
        getChildren().addAll(label, tag);
        setAlignment(Pos.CENTER_LEFT);
    }

    /** Puts the list's own actions after the tag field. */
    public BulkRow<T> withActions(Node... actions) {
        getChildren().addAll(actions);
        return this;
    }

    /** The tag typed, stripped ("" when none). */
    public String tag() {
        return tag.getText() == null ? "" : tag.getText().strip();
    }

    /** One bulk change: its title, and for a count of rows its question, what is said when done and when undone. */
    public record Change<T, U>(String title, Function<Integer, String> question, Function<Integer, String> done,
                               Function<Integer, String> undone, Function<List<T>, U> apply, Consumer<U> undo) {
    }

    /** Asks with the count, applies to all the rows chosen or none, and offers Undo; says so when none is chosen. */
    public <U> void apply(Change<T, U> change) {
        List<T> rows = chosen.get();
        if (rows.isEmpty()) {
            app.status().say(I18n.t(noneChosenKey));
            return;
        }
        int n = rows.size();
        BulkChanges.confirmAndApply(app, change.title(), change.question().apply(n), change.done().apply(n),
                change.undone().apply(n), () -> change.apply().apply(rows), change.undo(), () -> { });
    }
}
