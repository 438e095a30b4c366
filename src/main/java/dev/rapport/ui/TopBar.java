package dev.rapport.ui;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.ui.backup.RestoreSheet;
import dev.rapport.ui.common.Icons;
import dev.rapport.ui.data.DataMenu;
import dev.rapport.ui.data.FileChoosers;
import dev.rapport.ui.notify.NoticeBell;
import dev.rapport.ui.search.SearchBox;

import java.io.File;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;

/** The top bar: the search box, the + New menu, the notice bell and the journal's own menu. */
final class TopBar {
    private final MainView main;
    private final AppContext app;
    private final JournalActions actions;
    private final HBox bar;
    private final NoticeBell notices;
    private DataMenu dataMenu;

    TopBar(MainView main, NewItems newItems, SearchBox search, JournalActions actions) {
        this.main = main;
        this.app = main.context();
        this.actions = actions;
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        notices = new NoticeBell(app);
        notices.start();
        var sync = new dev.rapport.ui.settings.SyncBadge(app, this::openSyncSettings);
        bar = new HBox(12, search, newMenu(newItems), spacer, sync, notices, journalMenu(app.session()));
        bar.getStyleClass().add("top-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 16, 10, 16));
    }

    HBox node() {
        return bar;
    }

    DataMenu dataMenu() {
        return dataMenu;
    }

    /** The bell stops asking for notices (the frame is going away). */
    void stop() {
        notices.stop();
    }

    /** Settings, with the keys on its Sync card. */
    private void openSyncSettings() {
        main.showSettings();
        // a pulse later: the new page takes the focus once it is laid out
        javafx.application.Platform.runLater(() -> {
            javafx.scene.Node choose = bar.getScene() == null ? null : bar.getScene().lookup("#settings-sync-choose");
            if (choose != null) {
                choose.requestFocus();
            }
        });
    }

    private static MenuButton newMenu(NewItems newItems) {
        MenuButton add = new MenuButton(I18n.t("app.new"), Icons.of(Feather.PLUS));
        add.setId("new-menu");
        add.getStyleClass().add(Styles.ACCENT);
        add.getItems().addAll(item(null, "app.new.entry", Shortcuts.NEW_ENTRY, newItems::entry),
                item("new-promise", "app.new.promise", Shortcuts.NEW_PROMISE, newItems::promise),
                item("new-problem", "app.new.problem", Shortcuts.NEW_PROBLEM, newItems::problem),
                item("new-request", "app.new.request", Shortcuts.NEW_REQUEST, newItems::request),
                item(null, "app.new.client", Shortcuts.NEW_CLIENT, newItems::client));
        return add;
    }

    private static MenuItem item(String id, String key, KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(I18n.t(key));
        item.setId(id);
        item.setAccelerator(keys);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** The journal's own menu: which file is open, backups, and opening another one. */
    private MenuButton journalMenu(JournalSession session) {
        MenuButton menu = new MenuButton(session.displayName(), Icons.of(Feather.DATABASE));
        menu.setId("journal-menu");
        dev.rapport.ui.common.Spoken.name(menu, "spoken.journalMenu", session.displayName());
        menu.getStyleClass().add(Styles.FLAT);
        MenuItem where = new MenuItem(session.file().toString());
        where.setDisable(true);
        MenuItem open = item(null, "app.menu.open", Shortcuts.OPEN, () -> chooseJournal(false));
        MenuItem create = item(null, "app.menu.create", null, () -> chooseJournal(true));
        MenuItem demo = item(null, "app.menu.demo", null, actions::openDemo);
        menu.getItems().addAll(where, new SeparatorMenuItem(), item("menu-backup", "app.menu.backup", Shortcuts.BACKUP, this::backUpNow),
                item("menu-restore", "app.menu.restore", null, () -> RestoreSheet.open(app, actions)), new SeparatorMenuItem(),
                open, create, demo);
        dataMenu = new DataMenu(app, new FileChoosers(main), main::refresh);
        menu.getItems().addAll(new SeparatorMenuItem(), dataMenu.exportMenu(), dataMenu.importMenu());
        dev.rapport.ui.data.MailDrop mailDrop = new dev.rapport.ui.data.MailDrop(app, main::refresh);
        menu.getItems().add(mailDrop.menuItem(main));
        menu.getItems().add(dev.rapport.ui.data.MailFolderReading.of(app).afterImport(main::refresh).menuItem());
        mailDrop.install(main);
        menu.getItems().add(new dev.rapport.ui.mail.UnmatchedMail(app, main::refresh).menuItem());
        menu.getItems().add(new SeparatorMenuItem());
        menu.getItems().addAll(new SecurityMenu(actions).items(session.isEncrypted()));
        return menu;
    }

    private void backUpNow() {
        app.status().say(I18n.t("app.backup.running"));
        app.background().run(() -> app.session().backups().backupNow(null),
                file -> app.status().say(I18n.t("app.backup.done", file.toString())),
                t -> app.dialogs().error(I18n.t("app.backup.failed"), t.getMessage()));
    }

    private void chooseJournal(boolean create) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t(create ? "app.chooser.new" : "app.chooser.open"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("app.chooser.filter"), "*.rapport"));
        chooser.setInitialDirectory(app.session().file().getParent().toFile());
        var window = bar.getScene().getWindow();
        File file = create ? chooser.showSaveDialog(window) : chooser.showOpenDialog(window);
        if (file != null) {
            actions.open(file.toPath());
        }
    }
}
