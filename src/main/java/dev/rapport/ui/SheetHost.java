package dev.rapport.ui;

import atlantafx.base.controls.ModalPane;
import dev.rapport.i18n.I18n;
import dev.rapport.ui.common.Dialogs;
import dev.rapport.ui.common.Form;
import dev.rapport.ui.common.SheetFocus;
import dev.rapport.ui.common.Sheets;

import javafx.event.Event;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;

/**
 * The side sheet over the frame: it takes the focus and every key while open (nothing behind it
 * does), asks before throwing typed text away, and gives the focus back where it was when it closes.
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
                    target.requestFocus();
                    Node owner = scene.getFocusOwner() != null && SheetFocus.inside(scene.getFocusOwner(), sheet)
                            ? scene.getFocusOwner() : target;
                    Event.fireEvent(owner, e.copyFor(owner, owner));
                }
            }
        });
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
        // Nothing behind an open sheet takes the focus or keys: Tab goes round the sheet's own fields. The focus
        // leaves the screen first, else the scene would move it from the disabled field to a stop of its choosing.
        if (scene != null && !(scene.getFocusOwner() != null && SheetFocus.inside(scene.getFocusOwner(), next))) {
            modal.requestFocus();
        }
        frame.setDisable(true);
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
        frame.setDisable(false);
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
