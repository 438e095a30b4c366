package dev.rapport.ui.common;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.DatePhrases;
import dev.rapport.i18n.I18n;
import dev.rapport.model.ValidationException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * A date typed as people say it ("fri", "next tue", "in 2 weeks", "25.12", ISO or the
 * language's own format, see {@link DatePhrases}); beneath it, as you type, the date it
 * understood in the one on-screen format, or why it did not. ↑/↓ step a day. Leaving the field
 * writes the understood date back in the on-screen format. In a filter bar ({@link #compact()})
 * the line beneath is a tooltip instead, so the bar keeps its height.
 */
public final class DateField extends VBox {
    private final TextField editor = new TextField();
    private final Label understood = new Label();
    private final Tooltip tip = new Tooltip();
    private final ObjectProperty<LocalDate> value = new SimpleObjectProperty<>(this, "value");
    private final Clock clock;
    private boolean writing;
    private boolean compact;

    public DateField(Clock clock) {
        this(clock, null);
    }

    public DateField(Clock clock, LocalDate initial) {
        this.clock = clock;
        getStyleClass().add("date-field");
        setSpacing(2);
        editor.setPrefColumnCount(11);
        understood.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "date-understood");
        understood.setWrapText(true);
        understood.setMinHeight(USE_PREF_SIZE);
        getChildren().addAll(editor, understood);
        // the text box is what takes the keys: it says the field's name (Spoken.name on the field, or its label in a Form)
        editor.accessibleTextProperty().bind(accessibleTextProperty());
        editor.textProperty().addListener((o, a, b) -> {
            if (!writing) {
                read();
            }
        });
        value.addListener((o, a, b) -> {
            if (!writing) {
                write(b);
            }
        });
        editor.focusedProperty().addListener((o, a, focused) -> {
            if (!focused && isUnderstood() && value.get() != null) {
                write(value.get());
            }
        });
        editor.setOnAction(e -> {
            if (isUnderstood() && value.get() != null) {
                write(value.get());
            }
        });
        editor.addEventFilter(KeyEvent.KEY_PRESSED, this::step);
        focusedProperty().addListener((o, a, focused) -> {
            if (focused) {
                editor.requestFocus();
            }
        });
        value.set(initial);
        write(initial);
    }

    public ObjectProperty<LocalDate> valueProperty() {
        return value;
    }

    public LocalDate getValue() {
        return value.get();
    }

    public void setValue(LocalDate date) {
        value.set(date);
        write(date);
    }

    /** The text box itself, for focus and for tests that type into it. */
    public TextField getEditor() {
        return editor;
    }

    public void setPromptText(String text) {
        editor.setPromptText(text);
    }

    public String getPromptText() {
        return editor.getPromptText();
    }

    /** Whether what is typed is empty or a date; false while it is text no date can be read from. */
    public boolean isUnderstood() {
        String text = editor.getText();
        return text == null || text.isBlank() || parse(text).isPresent();
    }

    /**
     * The date for a save: null when empty; text no date can be read from is refused with a
     * message naming the field (key is the model's field name, so {@link Form} shows it there).
     */
    public LocalDate read(String key, String label) {
        if (!isUnderstood()) {
            throw new ValidationException(key, I18n.t("ledger.input.notADate", label, getText(), Formats.date(today())));
        }
        return value.get();
    }

    /** What was typed, as typed. */
    public String getText() {
        return editor.getText() == null ? "" : editor.getText().strip();
    }

    /** For filter bars: no line beneath the field; the same words show as its tooltip. */
    public DateField compact() {
        compact = true;
        getChildren().remove(understood);
        editor.setTooltip(tip);
        return this;
    }

    private Optional<LocalDate> parse(String text) {
        return DatePhrases.parse(text, I18n.language(), today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Follows the typing: the value changes, the text is left alone (rewriting it mid-keystroke breaks the field). */
    private void read() {
        String text = editor.getText();
        Optional<LocalDate> date = text == null || text.isBlank() ? Optional.empty() : parse(text);
        writing = true;
        try {
            value.set(date.orElse(null));
        } finally {
            writing = false;
        }
        if (text == null || text.isBlank()) {
            feedback(null, false);
        } else if (date.isPresent()) {
            feedback(describe(date.get()), false);
        } else {
            feedback(I18n.t("common.date.notUnderstood", Formats.date(today())), true);
        }
    }

    private void write(LocalDate date) {
        writing = true;
        try {
            editor.setText(date == null ? "" : Formats.date(date));
            editor.positionCaret(editor.getText().length());
            if (value.get() == null ? date != null : !value.get().equals(date)) {
                value.set(date);
            }
        } finally {
            writing = false;
        }
        feedback(date == null ? null : describe(date), false);
    }

    private void step(KeyEvent e) {
        int days = e.getCode() == KeyCode.UP ? 1 : e.getCode() == KeyCode.DOWN ? -1 : 0;
        if (days == 0 || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        e.consume();
        LocalDate from = value.get() != null ? value.get() : today();
        write(value.get() == null ? from : from.plusDays(days));
    }

    /** "Dec 11, 2026 · Friday · in 4 days". */
    private String describe(LocalDate date) {
        long days = ChronoUnit.DAYS.between(today(), date);
        return I18n.t("common.date.understood", Formats.date(date),
                date.getDayOfWeek().getDisplayName(TextStyle.FULL, I18n.messages().locale()), Formats.daysAgo(-days));
    }

    private void feedback(String text, boolean wrong) {
        understood.setText(text == null ? "" : text);
        understood.setVisible(text != null);
        understood.setManaged(!compact); // a line kept for it, so the sheet does not jump as you type
        understood.getStyleClass().removeAll(Styles.DANGER, Styles.TEXT_MUTED);
        understood.getStyleClass().add(wrong ? Styles.DANGER : Styles.TEXT_MUTED);
        editor.pseudoClassStateChanged(Styles.STATE_DANGER, wrong);
        tip.setText(text == null ? "" : text);
    }
}
