package dev.rapport.ui.settings;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Icons;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.feather.Feather;

/**
 * The top bar's word on sync, small: nothing until a folder is chosen, then an icon for "Not synced
 * yet", "Syncing…", "Synced 14:02" (green) and "Sync failed" (red); the words, with the time or the
 * failure's reason, are spoken and in its tooltip. Enter or a click opens Settings → Sync.
 */
public final class SyncBadge extends Button {
    private final SyncSettingsModel model;
    /** Held here, heard weakly: the model outlives a badge built again (a language switch), which must not be kept alive by it. */
    private final InvalidationListener changed = o -> update();

    public SyncBadge(AppContext app, Runnable openSettings) {
        this.model = SyncSettingsModel.of(app);
        setId("sync-badge");
        setMinWidth(USE_PREF_SIZE);
        getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        setOnAction(e -> openSettings.run());
        WeakInvalidationListener weak = new WeakInvalidationListener(changed);
        model.stateProperty().addListener(weak);
        model.lastSyncedProperty().addListener(weak);
        model.errorProperty().addListener(weak);
        update();
    }

    private void update() {
        SyncSettingsModel.State state = model.stateProperty().get();
        boolean shown = state != SyncSettingsModel.State.OFF;
        setVisible(shown);
        setManaged(shown);
        String text = model.stateText();
        // small, the top bar is full at 150 % in Russian: the icon says the state; the words and the time are spoken and in the tooltip
        setText(null);
        setGraphic(Icons.of(switch (state) {
            case FAILED -> Feather.ALERT_TRIANGLE;
            case SYNCED -> Feather.CHECK_CIRCLE;
            case SYNCING -> Feather.LOADER;
            default -> Feather.REFRESH_CW;
        }));
        getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
        if (state == SyncSettingsModel.State.SYNCED) {
            getStyleClass().add(Styles.SUCCESS);
        }
        String spoken = text;
        if (state == SyncSettingsModel.State.FAILED) {
            getStyleClass().add(Styles.DANGER);
            spoken = I18n.t("syncing.state.failedBecause", model.errorProperty().get());
        }
        setAccessibleText(spoken.isEmpty() ? null : spoken);
        setTooltip(spoken.isEmpty() ? null : new Tooltip(spoken));
    }
}
