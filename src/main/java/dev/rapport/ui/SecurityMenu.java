package dev.rapport.ui;

import dev.rapport.i18n.I18n;
import java.util.List;

import javafx.scene.control.MenuItem;

/** The journal menu's encryption items: encrypt a plain journal; change the passphrase of, or decrypt, an encrypted one. */
final class SecurityMenu {
    private final JournalActions actions;

    SecurityMenu(JournalActions actions) {
        this.actions = actions;
    }

    List<MenuItem> items(boolean encrypted) {
        if (!encrypted) {
            return List.of(item(I18n.t("security.menu.encrypt"), "menu-encrypt", actions::encrypt));
        }
        return List.of(item(I18n.t("security.menu.passphrase"), "menu-passphrase", actions::changePassphrase),
                item(I18n.t("security.menu.decrypt"), "menu-decrypt", actions::decrypt));
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
