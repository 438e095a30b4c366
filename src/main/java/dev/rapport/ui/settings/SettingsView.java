package dev.rapport.ui.settings;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalChanges.Kind;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.JournalActions;
import dev.rapport.ui.common.Refreshable;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Settings: a title, then one card a section, in the order {@link #SECTIONS} lists them. */
public final class SettingsView extends ScrollPane implements Refreshable {
    /** The sections, top to bottom: a new one is one line here. */
    private static final List<Function<SettingsParts, SettingsSection>> SECTIONS = List.of(
            AppearanceSection::new,
            WorkingHoursSection::new,
            RhythmSection::new,
            HealthSection::new,
            parts -> () -> new CrmSettings(parts.app(), parts.confirm()).node(),
            parts -> () -> new MailFolderSettings(parts.app(), parts.confirm()).node(),
            CalendarSettings::new,
            SyncSection::new,
            BackupsSection::new,
            SecuritySection::new,
            MailServerSettings::new);

    private final AppContext app;
    private final SettingsViewModel model;
    private final SettingsParts parts;
    private final VBox page = new VBox(16);
    private final Label saved = new Label();

    public SettingsView(AppContext app, JournalActions actions) {
        this.app = app;
        this.model = new SettingsViewModel(app.session(), app.background());
        this.parts = new SettingsParts(app, actions, model, this::confirm);
        model.onSaved(this::confirm);
        model.onFailure(app.status()::say);
        model.onProblem(app.dialogs()::error);
        setId("settings-view");
        setFitToWidth(true);
        getStyleClass().add("edge-to-edge");
        page.setPadding(new Insets(24));
        page.getStyleClass().add("page");
        setContent(page);
        reload();
    }

    @Override
    public void reload() {
        String focused = getScene() != null && getScene().getFocusOwner() != null ? getScene().getFocusOwner().getId() : null;
        page.getChildren().setAll(head());
        SECTIONS.forEach(section -> page.getChildren().add(section.apply(parts).node()));
        model.load();
        if (focused != null && page.lookup("#" + focused) != null) {
            // built again after a change: a keyboard user stays where they were
            page.lookup("#" + focused).requestFocus();
        }
    }

    /** Meetings are not shown here: the Calendars card follows its own reads, and the hourly one does not rebuild the page. */
    @Override
    public Set<Kind> shows() {
        return EnumSet.complementOf(EnumSet.of(Kind.MEETINGS));
    }

    private HBox head() {
        Label title = new Label(I18n.t("settings.title"));
        title.setId("settings-title");
        title.getStyleClass().add(Styles.TITLE_2);
        saved.setId("settings-saved");
        saved.getStyleClass().addAll(Styles.SUCCESS, Styles.TEXT_SMALL);
        HBox head = new HBox(12, title, saved);
        head.setAlignment(Pos.BASELINE_LEFT);
        return head;
    }

    private void confirm(String text) {
        saved.setText(text);
        app.status().say(text);
    }
}
