package dev.rapport.ui.notify;

import dev.rapport.i18n.I18n;
import atlantafx.base.theme.Styles;
import dev.rapport.model.Notice;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Icons;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Side;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;

/**
 * A notice inside the app: the bell in the top bar counts the new notices (promises due today,
 * requests nearing their acknowledgement target, dates that matter today) and lists them when
 * clicked. Checked on start and every minute while the app runs; each notice appears once. A meeting's
 * write-up notice also goes to the operating system's notifications where it has them ({@link OsNotices}).
 */
public final class NoticeBell extends Button {
    private static final Logger LOG = Logger.getLogger(NoticeBell.class.getName());

    private final AppContext app;
    private final List<Notice> unread = new ArrayList<>();
    private final Timeline timer = new Timeline(new KeyFrame(Duration.minutes(1), e -> check()));
    /** The window the bell is in: when it goes (another journal, the lock screen) the checks stop with it. */
    private final ObservableValue<Window> window = sceneProperty().flatMap(Scene::windowProperty);

    public NoticeBell(AppContext app) {
        super(null, Icons.of(Feather.BELL));
        this.app = app;
        setId("notices-bell");
        getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        setTooltip(new Tooltip(I18n.t("notify.tooltip")));
        setAccessibleText(I18n.t("notify.tooltip"));
        setOnAction(e -> showList());
        timer.setCycleCount(Timeline.INDEFINITE);
        window.addListener((o, was, now) -> {
            if (now == null) {
                timer.stop();
            }
        });
        update();
    }

    /** Checks now and then every minute. */
    public void start() {
        check();
        timer.play();
    }

    public void stop() {
        timer.stop();
    }

    /** True while the bell checks every minute. */
    public boolean isChecking() {
        return timer.getStatus() == Animation.Status.RUNNING;
    }

    /** Takes the new notices from the session (off the FX thread). */
    public void check() {
        app.background().run(() -> app.session().notices().take(), found -> {
            unread.addAll(found);
            found.stream().filter(Notice::isWriteUp).forEach(n -> OsNotices.current().show(n.title(), n.text()));
            update();
        }, t -> LOG.log(Level.WARNING, "Could not check for notices", t));
    }

    /** The notices shown by the bell and not yet opened. */
    public List<Notice> unread() {
        return List.copyOf(unread);
    }

    private void update() {
        setText(unread.isEmpty() ? null : Integer.toString(unread.size()));
        getStyleClass().remove(Styles.ACCENT);
        if (!unread.isEmpty()) {
            getStyleClass().add(Styles.ACCENT);
        }
    }

    private void showList() {
        ContextMenu menu = new ContextMenu();
        menu.setId("notices-menu");
        if (unread.isEmpty()) {
            MenuItem none = new MenuItem(I18n.t(app.session().notices().enabled() ? "notify.none" : "notify.off"));
            none.setDisable(true);
            menu.getItems().add(none);
        }
        for (int i = 0; i < unread.size(); i++) {
            Notice n = unread.get(i);
            MenuItem item = new MenuItem(n.title() + " · " + n.text());
            item.setId("notice-" + i);
            item.setOnAction(e -> {
                if (n.isWriteUp()) {
                    app.navigator().showToday(); // where its row waits, Enter away from the entry
                } else {
                    app.navigator().showClient(n.clientId());
                }
            });
            menu.getItems().add(item);
        }
        unread.clear();
        update();
        menu.show(this, Side.BOTTOM, 0, 4);
    }
}
