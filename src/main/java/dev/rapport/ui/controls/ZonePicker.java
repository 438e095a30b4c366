package dev.rapport.ui.controls;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.i18n.ZonePlaces;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Popup;

/**
 * A time zone chosen by typing a city or country in any of the five languages: the matches drop
 * down as you type, ↓ and ↑ move through them, Enter takes the highlighted one (the first by
 * default), Esc closes the list. The field then reads "Vilnius (UTC+2)". Leaving the field with
 * text typed takes the first match; text that matches nothing stays, for the form to refuse.
 */
public final class ZonePicker extends TextField {
    private static final int SHOWN = 12;

    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(this, "zone");
    private final Clock clock;
    private final ListView<ZoneId> list = new ListView<>();
    private final Popup popup = new Popup();
    private boolean settingText;

    public ZonePicker(Clock clock) {
        this.clock = clock;
        getStyleClass().add("zone-picker");
        setPromptText(I18n.t("common.zone.prompt"));
        list.setId("zone-matches");
        list.setFocusTraversable(false);
        list.setPrefHeight(24.0 * 8);
        list.setCellFactory(l -> new MatchCell());
        list.setOnMouseClicked(e -> take(list.getSelectionModel().getSelectedItem()));
        popup.getContent().add(list);
        popup.setAutoHide(true);
        popup.setConsumeAutoHidingEvents(false); // a click elsewhere (Save) closes the list and still does its work
        // while the list shows, the window hands its keys to the popup first: handle them there too
        popup.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        textProperty().addListener((o, a, text) -> {
            if (!settingText) {
                zone.set(null);
                showMatches(text);
            }
        });
        focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                popup.hide();
                takeTyped();
            }
        });
    }

    public ObjectProperty<ZoneId> zoneProperty() {
        return zone;
    }

    public ZoneId getZone() {
        return zone.get();
    }

    /** Shows a zone as "Vilnius (UTC+2)"; null empties the field. */
    public void setZone(ZoneId z) {
        zone.set(z);
        settingText = true;
        try {
            setText(z == null ? "" : ZonePlaces.get().label(z, I18n.language(), clock.instant()));
        } finally {
            settingText = false;
        }
    }

    /** A stored zone id (as a contact holds it); a blank or unknown one shows as written. */
    public void setZoneId(String id) {
        if (id == null || id.isBlank()) {
            setZone(null);
            return;
        }
        try {
            setZone(ZoneId.of(id));
        } catch (DateTimeException e) {
            zone.set(null);
            settingText = true;
            setText(id);
            settingText = false;
        }
    }

    /**
     * What to store: the chosen zone's id ("UTC" for UTC), "" for an empty field, or the typed
     * text when it names no zone, so the form's check refuses it with the field named.
     */
    public String zoneText() {
        takeTyped();
        ZoneId z = zone.get();
        if (z == null) {
            return getText() == null ? "" : getText().strip();
        }
        return ZonePlaces.isUtc(z) ? "UTC" : z.getId();
    }

    public boolean isShowingMatches() {
        return popup.isShowing();
    }

    private void onKey(KeyEvent e) {
        if (e.isConsumed()) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.DOWN || code == KeyCode.UP) {
            if (!popup.isShowing()) {
                showMatches(getText());
            } else {
                move(code == KeyCode.DOWN ? 1 : -1);
            }
            e.consume();
        } else if (code == KeyCode.ENTER && popup.isShowing() && !e.isShortcutDown()) {
            ZoneId chosen = list.getSelectionModel().getSelectedItem();
            take(chosen != null ? chosen : list.getItems().isEmpty() ? null : list.getItems().get(0));
            e.consume();
        } else if (code == KeyCode.ESCAPE && popup.isShowing()) {
            popup.hide();
            e.consume();
        } else if (code == KeyCode.ENTER && e.isShortcutDown() && popup.isShowing()) {
            popup.hide(); // the form saves; the typed text is taken as it stands
            takeTyped();
        }
    }

    private void move(int by) {
        int size = list.getItems().size();
        if (size == 0) {
            return;
        }
        int at = list.getSelectionModel().getSelectedIndex();
        int next = Math.max(0, Math.min(size - 1, at < 0 ? 0 : at + by));
        list.getSelectionModel().select(next);
        list.scrollTo(next);
    }

    private void showMatches(String text) {
        List<ZoneId> matches = ZonePlaces.get().find(text, SHOWN);
        list.getItems().setAll(matches);
        if (matches.isEmpty()) {
            popup.hide();
            return;
        }
        list.getSelectionModel().select(0);
        if (!popup.isShowing() && getScene() != null && getScene().getWindow() != null && getScene().getWindow().isShowing()) {
            Bounds b = localToScreen(getBoundsInLocal());
            list.setPrefWidth(Math.max(320, b.getWidth()));
            popup.show(this, b.getMinX(), b.getMaxY() + 2);
        }
    }

    private void take(ZoneId chosen) {
        if (chosen != null) {
            setZone(chosen);
            positionCaret(getText().length());
        }
        popup.hide();
    }

    /** Text typed and left without choosing: the first match, if any. */
    private void takeTyped() {
        String text = getText();
        if (zone.get() != null || text == null || text.isBlank()) {
            return;
        }
        List<ZoneId> matches = ZonePlaces.get().find(text, 1);
        if (!matches.isEmpty()) {
            setZone(matches.get(0));
        }
    }

    /** "Vilnius (UTC+2) · Lithuania" in the app's language. */
    private final class MatchCell extends ListCell<ZoneId> {
        @Override
        protected void updateItem(ZoneId z, boolean empty) {
            super.updateItem(z, empty);
            if (empty || z == null) {
                setText(null);
                return;
            }
            Language language = I18n.language();
            String country = z instanceof ZoneOffset ? "" : ZonePlaces.get().country(z, language);
            String label = ZonePlaces.get().label(z, language, clock.instant());
            setText(country.isEmpty() ? label : label + " · " + country);
        }
    }
}
