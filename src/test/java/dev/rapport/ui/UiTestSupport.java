package dev.rapport.ui;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.JournalSession;
import dev.rapport.tools.demo.DemoJournal;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.common.TextScale;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import javafx.scene.Node;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Builds the real main window on a journal in a temp folder. Journal work runs on a thread of its
 * own, as in the app, while the FX thread waits for it ({@link Background#joinedThread()}).
 */
public final class UiTestSupport {
    /** A fixed "now" for the screens: Wednesday 25 November 2026, 10:00. */
    public static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2026, 11, 25, 10, 0).toInstant(ZoneOffset.UTC), ZoneId.of("UTC"));

    private UiTestSupport() {
    }

    public static MainView show(Stage stage, JournalSession session, FakeDialogs dialogs) {
        return show(stage, session, dialogs, new RecordingActions());
    }

    public static MainView show(Stage stage, JournalSession session, FakeDialogs dialogs, JournalActions actions) {
        dev.rapport.ui.settings.Theme.LIGHT.apply();
        MainView main = new MainView(session, Background.joinedThread(), dialogs, actions);
        main.setAnimated(false);
        Scene scene = new Scene(main, 1280, 800);
        scene.getStylesheets().add(RapportApp.class.getResource("rapport.css").toExternalForm());
        main.installShortcuts(scene);
        stage.setScene(scene);
        stage.show();
        return main;
    }

    /**
     * Types into a field as a user would, after focusing it the way Tab would: a field low in a
     * sheet may sit below the visible part, where a click would land on something else.
     */
    public static void type(FxRobot robot, String query, String text) {
        Node node = robot.lookup(query).query();
        robot.interact(node::requestFocus);
        robot.write(text);
    }

    /**
     * Clicks a node once it exists: on a loaded machine a tab header or a popup row can appear a
     * pulse or two after the action that creates it. A condition wait, not a sleep.
     */
    public static void clickWhenShown(FxRobot robot, String query) {
        awaitShown(robot, query);
        robot.clickOn(query);
    }

    /** Waits until a node takes clicks: while a sheet stands, the window behind it lets go of the mouse. */
    public static void awaitEnabled(FxRobot robot, String query) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> robot.lookup(query).tryQuery().map(UiTestSupport::takesClicks).orElse(false));
        } catch (TimeoutException e) {
            throw new AssertionError("Nothing matching " + query + " took clicks within 10 s", e);
        }
    }

    /** Shown, enabled, and neither it nor anything round it lets the mouse through (the frame behind a sheet does). */
    public static boolean takesClicks(Node node) {
        if (!node.isVisible() || node.isDisabled()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.isMouseTransparent()) {
                return false;
            }
        }
        return true;
    }

    /** Waits until a node exists and is visible: a sheet opened by a click may come a pulse later. */
    public static void awaitShown(FxRobot robot, String query) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
        } catch (TimeoutException e) {
            throw new AssertionError("Nothing matching " + query + " was shown within 10 s", e);
        }
    }

    /**
     * Drags the scroll pane's thumb until the node is wholly in sight, as a user would before
     * clicking it (the headless wheel scrolls a pixel a notch, far too slow for a long list).
     */
    public static void scrollIntoSight(FxRobot robot, String pane, String query) {
        ScrollPane scroll = robot.lookup(pane).queryAs(ScrollPane.class);
        Node thumb = scroll.lookupAll(".scroll-bar").stream()
                .filter(b -> b instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL)
                .map(b -> b.lookup(".thumb")).findFirst().orElseThrow();
        // the thumb's track stands for the whole content
        double[] thumbPerPixel = {thumb.getParent().getLayoutBounds().getHeight() / scroll.getContent().getLayoutBounds().getHeight()};
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                double before = outOfSight(scroll, robot.lookup(query).query());
                if (before == 0) {
                    return true;
                }
                double wanted = before + Math.signum(before) * 24;
                robot.drag(thumb, MouseButton.PRIMARY).dropBy(0, wanted * thumbPerPixel[0]);
                double moved = Math.abs(before) - Math.abs(outOfSight(scroll, robot.lookup(query).query()));
                if (moved > 0 && Math.abs(moved) < Math.abs(before)) {
                    thumbPerPixel[0] *= Math.abs(before) / moved;
                }
                return false;
            });
        } catch (TimeoutException e) {
            throw new AssertionError(query + " did not scroll into sight within 10 s", e);
        }
    }

    /** How far the node lies below (positive) or above (negative) the pane's visible part; 0 when wholly in sight. */
    private static double outOfSight(Node pane, Node node) {
        Bounds view = pane.localToScreen(pane.getLayoutBounds());
        Bounds bounds = node.localToScreen(node.getLayoutBounds());
        if (bounds.getMaxY() > view.getMaxY()) {
            return bounds.getMaxY() - view.getMaxY();
        }
        return bounds.getMinY() < view.getMinY() ? bounds.getMinY() - view.getMinY() : 0;
    }

    public static JournalSession journal(Path dir) {
        return JournalSession.open(dir.resolve("journal.rapport"), CLOCK);
    }

    /** A window on the demo journal; see {@link Window}. */
    public static Window demoWindow() {
        return new Window(DemoJournal::fill);
    }

    /** A window on a journal that holds what {@code fill} writes; see {@link Window}. */
    public static Window window(Consumer<JournalSession> fill) {
        return new Window(fill);
    }

    /**
     * The set-up most window tests share, as a JUnit extension beside TestFX's
     * {@code ApplicationExtension} ({@code @RegisterExtension final Window window = UiTestSupport.demoWindow();}):
     * before each test a fresh journal in a temp folder, filled; after it the text size and the
     * language are put back to 100 % and English (a test that changes them must not leave the next
     * one a different window), and the journal is closed and its folder removed.
     * <p>
     * It also fails a test that finds the text size or language changed by an earlier test, or that
     * leaves a dialog open: state one test leaves behind makes a later one fail or stall for reasons
     * of its own (a whole-suite run once stalled in the renderer while each class passed alone).
     */
    public static final class Window implements BeforeEachCallback, AfterEachCallback {
        private final Consumer<JournalSession> fill;
        private Path dir;
        private JournalSession session;

        private Window(Consumer<JournalSession> fill) {
            this.fill = fill;
        }

        @Override
        public void beforeEach(ExtensionContext context) throws IOException {
            if (TextScale.percent() != 100 || I18n.language() != Language.ENGLISH) {
                throw new IllegalStateException("An earlier test left the text size at " + TextScale.percent() + " % and the language "
                        + I18n.language().code() + "; every window test starts at 100 % in English (reset them in its @AfterEach)");
            }
            dir = Files.createTempDirectory("rapport-ui-");
            session = journal(dir);
            fill.accept(session);
        }

        @Override
        public void afterEach(ExtensionContext context) throws Exception {
            List<String> leftOpen;
            try {
                leftOpen = WaitForAsyncUtils.asyncFx(() -> {
                    TextScale.use(100);
                    I18n.use(Language.ENGLISH);
                    List<String> open = new ArrayList<>();
                    for (javafx.stage.Window w : new ArrayList<>(javafx.stage.Window.getWindows())) {
                        if (w instanceof Stage s && s != stage() && s.isShowing()) {
                            open.add(s.getTitle());
                            s.close();
                        }
                    }
                    return open;
                }).get(10, TimeUnit.SECONDS);
            } finally {
                session.close();
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(file);
                    }
                }
            }
            if (!leftOpen.isEmpty()) {
                throw new AssertionError("The test left windows open (a dialog it showed and never closed): " + leftOpen);
            }
        }

        /** Shows the main window on the journal, on the FX thread. */
        public MainView show(FxRobot robot) {
            return show(robot, new FakeDialogs());
        }

        public MainView show(FxRobot robot, FakeDialogs dialogs) {
            MainView[] main = new MainView[1];
            robot.interact(() -> main[0] = UiTestSupport.show(stage(), session, dialogs));
            return main[0];
        }

        /** TestFX's one stage, the window every test draws in. */
        public Stage stage() {
            return FxToolkit.toolkitContext().getRegisteredStage();
        }

        public JournalSession session() {
            return session;
        }

        /** The journal's folder, a place for the test's own files too. */
        public Path dir() {
            return dir;
        }
    }
}
