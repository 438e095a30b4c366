package dev.rapport.ui;

import atlantafx.base.controls.ModalPane;
import dev.rapport.i18n.I18n;
import dev.rapport.ui.common.Dialogs;
import dev.rapport.ui.common.Form;
import dev.rapport.ui.common.SheetFocus;
import dev.rapport.ui.common.Sheets;

import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;

/**
 * The side sheet over the frame: it takes the focus and every key while open (nothing behind it
 * does), asks before throwing typed text away, and gives the focus back where it was when it closes.
 * The frame behind is not disabled but let go of the mouse and kept from the focus: disabling it
 * would restyle every node of the window (each one's :disabled state) at each opening and closing,
 * a stall of tens of milliseconds on a full window. The modal pane's one overlay dims it.
 */
final class SheetHost implements Sheets {
    private final ModalPane modal = new ModalPane();
    private final Node frame;
    private final Pane content;
    private final Dialogs dialogs;
    private boolean animated = true;
    /** The sheet on screen, and where the focus was before it opened (it goes back there). */
    private Node sheet;
    private Node focusBefore;
    /** Set while a traversal key is being handled: a Tab that leaves the sheet's last field wraps round to its first. */
    private Boolean traversingForward;
    /** Where the focus goes back into the sheet, once the change of focus that took it out has run its course. */
    private Runnable focusBack;

    /** {@code frame} is what the sheet covers; {@code content} is where the focus goes when its old place is gone. */
    SheetHost(Node frame, Pane content, Dialogs dialogs) {
        this.frame = frame;
        this.content = content;
        this.dialogs = dialogs;
        modal.setId("sheet-pane");
        // a click beside a sheet must not throw away what was typed in it: Esc and Cancel ask first
        modal.setPersistent(true);
        modal.setFocusTraversable(false);
        modal.displayProperty().addListener((o, was, shown) -> {
            if (!shown) {
                sheetClosed();
            }
        });
        modal.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (sheet != null && isTraversal(e)) {
                traversingForward = !(e.isShiftDown() || e.getCode() == KeyCode.UP || e.getCode() == KeyCode.LEFT);
                Platform.runLater(() -> traversingForward = null);
            }
        });
        javafx.beans.value.ChangeListener<Node> guard = (o, was, now) -> keepFocusInSheet(was, now);
        modal.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(guard);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(guard);
            }
        });
    }

    ModalPane node() {
        return modal;
    }

    /** Tests switch the sheet's slide-in off, so what they click is where it will stay. */
    void setAnimated(boolean animated) {
        this.animated = animated;
    }

    boolean isAnimated() {
        return animated;
    }

    /** The sheet now open, if any. */
    Node openSheet() {
        return sheet;
    }

    /**
     * While a sheet is open every key is the sheet's, even one that comes before the focus has settled in
     * it (a real window's keys can beat the slide-in): it goes to the sheet's first empty field instead.
     */
    void keepKeysInSheet(Scene scene) {
        scene.addEventFilter(KeyEvent.ANY, e -> {
            if (sheet != null && !(e.getTarget() instanceof Node n && SheetFocus.inside(n, sheet))) {
                Node target = SheetFocus.firstEmpty(sheet);
                if (target != null) {
                    e.consume();
                    if (focusBack != null) {
                        focusBack(); // the focus was on its way back into the sheet: there, not to the first empty field
                    } else {
                        target.requestFocus();
                    }
                    Node owner = scene.getFocusOwner() != null && SheetFocus.inside(scene.getFocusOwner(), sheet)
                            ? scene.getFocusOwner() : target;
                    Event.fireEvent(owner, e.copyFor(owner, owner));
                }
            }
        });
    }

    private static boolean isTraversal(KeyEvent e) {
        return switch (e.getCode()) {
            case TAB, UP, DOWN, LEFT, RIGHT -> true;
            default -> false;
        };
    }

    /**
     * Nothing behind an open sheet keeps the focus, however it came there (Tab past the sheet's last
     * field, an arrow key, a screen asking for it as it reloads): Tab goes round the sheet's own fields,
     * Shift+Tab round them backwards, and anything else puts the focus back where it was in the sheet.
     */
    private void keepFocusInSheet(Node was, Node now) {
        if (sheet == null || now == null || SheetFocus.inside(now, modal)) {
            return;
        }
        Node back = null;
        if (traversingForward != null) {
            java.util.List<Node> stops = SheetFocus.focusables(sheet);
            if (!stops.isEmpty()) {
                back = traversingForward ? stops.get(0) : stops.get(stops.size() - 1);
            }
        } else if (was != null && SheetFocus.inside(was, sheet) && was.getScene() == modal.getScene()) {
            back = was;
        }
        if (back == null) {
            back = SheetFocus.firstEmpty(sheet);
        }
        Node target = back == null ? modal : back;
        // the field the user was typing in comes back as it was, not all selected as a field newly entered is
        int[] selection = target == was && was instanceof TextInputControl field
                ? new int[] {field.getAnchor(), field.getCaretPosition()} : null;
        focusBack = () -> {
            target.requestFocus();
            if (selection != null) {
                ((TextInputControl) target).selectRange(selection[0], selection[1]);
            }
        };
        // after this change of focus has run its course (a request from inside it would be undone by the rest of
        // it), or sooner if a key comes first (keepKeysInSheet)
        Platform.runLater(this::focusBack);
    }

    /** Puts the focus back into the sheet where keepFocusInSheet decided, if it still has to. */
    private void focusBack() {
        Runnable back = focusBack;
        focusBack = null;
        Scene scene = modal.getScene();
        if (back != null && sheet != null && scene != null
                && !(scene.getFocusOwner() != null && SheetFocus.inside(scene.getFocusOwner(), modal))) {
            back.run();
        }
    }

    /**
     * A key that goes somewhere else while a sheet is open closes the sheet first, as Esc would
     * (asking when something was typed); if the user keeps the sheet, the key does nothing.
     */
    void leaveSheetThen(Runnable action) {
        if (sheet instanceof Form form) {
            form.cancel();
        } else if (sheet != null) {
            close();
        }
        if (sheet == null) {
            action.run();
        }
    }

    /** Inside a sheet that handles {@code keys} they act there; else the sheet is left and {@code outside} runs. */
    void keysOr(javafx.scene.input.KeyCombination keys, Runnable outside) {
        if (sheet instanceof Form form && form.handlesKeys(keys)) {
            form.runKeys(keys);
        } else {
            leaveSheetThen(outside);
        }
    }

    @Override
    public void show(Node next) {
        Scene scene = modal.getScene();
        if (sheet == null) {
            focusBefore = scene == null ? null : scene.getFocusOwner();
        }
        sheet = next;
        if (next instanceof Form form) {
            form.askBeforeDiscarding(() -> dialogs.confirm(I18n.t("dialogs.discard.title"),
                    I18n.t("dialogs.discard.text"), I18n.t("dialogs.discard.action")));
            form.markClean();
        }
        modal.setAlignment(Pos.TOP_RIGHT);
        if (animated) {
            modal.usePredefinedTransitionFactories(Side.RIGHT);
        } else {
            modal.setInTransitionFactory(null);
            modal.setOutTransitionFactory(null);
        }
        modal.show(next);
        SheetFocus.enter(next);
        // Nothing behind an open sheet takes the focus, keys or clicks (keepFocusInSheet, keepKeysInSheet, and the
        // frame let go of the mouse). The focus leaves the screen now, before the sheet's first field can take it.
        if (scene != null && !(scene.getFocusOwner() != null && SheetFocus.inside(scene.getFocusOwner(), next))) {
            modal.requestFocus();
        }
        frame.setMouseTransparent(true);
    }

    @Override
    public void close() {
        modal.hide(true);
        sheetClosed();
    }

    private void sheetClosed() {
        if (sheet == null) {
            return;
        }
        sheet = null;
        frame.setMouseTransparent(false);
        Node back = focusBefore;
        focusBefore = null;
        if (back != null && back.getScene() == modal.getScene() && !back.isDisabled() && back.isVisible()) {
            back.requestFocus();
        } else {
            Node first = SheetFocus.firstEmpty(content);
            if (first != null) {
                first.requestFocus();
            }
        }
    }
}
