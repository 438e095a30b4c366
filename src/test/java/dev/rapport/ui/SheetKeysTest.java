package dev.rapport.ui;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Interaction;
import dev.rapport.ui.common.SheetFocus;
import dev.rapport.ui.contacts.ContactForm;
import dev.rapport.ui.controls.TypePicker;
import dev.rapport.ui.data.DataMenu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of sheet takes the keyboard as it opens: what is typed lands in its first empty
 * field (not in the search box behind it), Tab stays inside it, Esc closes it (asking first when
 * something was typed) and the focus goes back where it was.
 */
@ExtendWith(ApplicationExtension.class)
class SheetKeysTest {
    @TempDir
    static Path dir;
    private JournalSession session;
    private MainView main;
    private FakeDialogs dialogs;
    private Client acme;
    private Interaction entry;

    @Start
    void start(Stage stage) {
        session = UiTestSupport.journal(dir.resolve(String.valueOf(System.nanoTime())));
        acme = session.clients().save(Client.create("Acme Rūpnīca"));
        session.clients().save(Client.create("Baltic Freight"));
        Contact ann = session.contacts().save(Contact.create(acme.id(), "Ann Lee"));
        entry = session.interactions().save(new Interaction(0, acme.id(), LocalDateTime.of(2026, 11, 20, 9, 0), Channel.MEETING,
                "Kick-off", "", "", List.of(), null, List.of(ann.id())));
        dialogs = new FakeDialogs();
        main = UiTestSupport.show(stage, session, dialogs);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void newEntryFromTodayStartsAtTheClientPicker(FxRobot robot) {
        check(robot, keys -> keys.key(KeyCode.CONTROL, KeyCode.N), "entry-client");
    }

    @Test
    void newEntryForTheClientOnScreenStartsAtTheTitle(FxRobot robot) {
        robot.interact(() -> main.showClient(acme.id()));
        check(robot, keys -> keys.key(KeyCode.CONTROL, KeyCode.N), "entry-title");
    }

    @Test
    void logContactStartsAtTheTitle(FxRobot robot) {
        check(robot, keys -> robot.interact(() -> main.newInteraction(acme.id())), "entry-title");
    }

    @Test
    void editEntryStartsAtItsFirstEmptyField(FxRobot robot) {
        check(robot, keys -> robot.interact(() -> main.editInteraction(entry.id())), "entry-summary");
    }

    @Test
    void quickPromiseStartsAtWhatWasPromised(FxRobot robot) {
        robot.interact(() -> main.showClient(acme.id()));
        check(robot, keys -> keys.key(KeyCode.ALT, KeyCode.P), "promise-what");
    }

    @Test
    void quickRequestStartsAtTheMessage(FxRobot robot) {
        robot.interact(() -> main.showClient(acme.id()));
        check(robot, keys -> keys.key(KeyCode.ALT, KeyCode.R), "request-message");
    }

    @Test
    void quickProblemStartsAtTheDescription(FxRobot robot) {
        robot.interact(() -> main.showClient(acme.id()));
        check(robot, keys -> keys.key(KeyCode.ALT, KeyCode.X), "problem-description");
    }

    @Test
    void newClientStartsAtTheName(FxRobot robot) {
        check(robot, keys -> keys.key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N), "client-name");
    }

    @Test
    void addPersonStartsAtTheName(FxRobot robot) {
        check(robot, keys -> robot.interact(() -> ContactForm.open(main.context(), acme.id(), acme.name(), null, c -> { })),
                "contact-name");
    }

    @Test
    void importWizardTakesTheFocusAndEscClosesIt(FxRobot robot) throws Exception {
        Path card = dir.resolve("one-" + System.nanoTime() + ".vcf");
        Files.writeString(card, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zed Zulu\r\nORG:Acme Rūpnīca\r\nEND:VCARD\r\n");
        Node before = focusSearch(robot);
        new KeyboardOnly(robot, main.getScene());
        robot.interact(() -> main.dataMenu().previewImport(DataMenu.ImportKind.VCARD, card));
        Node sheet = main.openSheet();
        assertThat(sheet).as("import sheet; errors: %s", dialogs.errors).isNotNull();
        assertThat(SheetFocus.inside(main.getScene().getFocusOwner(), sheet)).isTrue();
        tabStaysInside(robot, sheet);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(main.openSheet()).isNull();
        assertThat(main.getScene().getFocusOwner()).isSameAs(before);
    }

    @Test
    void escapeWithNothingTypedClosesWithoutAsking(FxRobot robot) {
        Node before = focusSearch(robot);
        KeyboardOnly keys = new KeyboardOnly(robot, main.getScene());
        keys.key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).key(KeyCode.ESCAPE);
        assertThat(dialogs.asked).isEmpty();
        assertThat(main.openSheet()).isNull();
        assertThat(main.getScene().getFocusOwner()).isSameAs(before);
    }

    @Test
    void keepingTheSheetAfterTheQuestionKeepsWhatWasTyped(FxRobot robot) {
        focusSearch(robot);
        dialogs.answer = false;
        KeyboardOnly keys = new KeyboardOnly(robot, main.getScene());
        keys.key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).write("Half a name").key(KeyCode.ESCAPE);
        assertThat(dialogs.asked).hasSize(1);
        assertThat(main.openSheet()).isNotNull();
        assertThat(robot.lookup("#client-name").queryTextInputControl().getText()).isEqualTo("Half a name");
        // a screen's key leaves the sheet as Esc does, and it too asks first
        keys.key(KeyCode.CONTROL, KeyCode.DIGIT3);
        assertThat(dialogs.asked).hasSize(2);
        assertThat(main.openSheet()).isNotNull();
        dialogs.answer = true;
        keys.key(KeyCode.CONTROL, KeyCode.DIGIT3);
        assertThat(main.openSheet()).isNull();
        assertThat(robot.lookup("#rail-journal").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void tabLeavesAMultiLineFieldWithoutTypingATab(FxRobot robot) {
        KeyboardOnly keys = new KeyboardOnly(robot, main.getScene());
        robot.interact(() -> main.editInteraction(entry.id()));
        keys.write("Talked it over").key(KeyCode.TAB);
        TextArea summary = robot.lookup("#entry-summary").queryAs(TextArea.class);
        assertThat(summary.getText()).isEqualTo("Talked it over");
        assertThat(main.getScene().getFocusOwner()).isNotSameAs(summary);
        keys.key(KeyCode.SHIFT, KeyCode.TAB);
        assertThat(main.getScene().getFocusOwner()).isSameAs(summary);
        assertThat(summary.getText()).doesNotContain("\t");
    }

    /** Opens a sheet, types, checks where the text went, walks Tab round it, closes it with Esc. */
    private void check(FxRobot robot, Consumer<KeyboardOnly> open, String firstField) {
        Node before = focusSearch(robot);
        KeyboardOnly keys = new KeyboardOnly(robot, main.getScene());
        open.accept(keys);
        Node sheet = main.openSheet();
        assertThat(sheet).as("a sheet is open").isNotNull();
        Node first = robot.lookup("#" + firstField).query();
        keys.write("Zq");
        Node owner = main.getScene().getFocusOwner();
        assertThat(SheetFocus.inside(owner, first)).as("focus on #" + firstField + " but was " + owner).isTrue();
        if (first instanceof TypePicker<?> picker) {
            assertThat(picker.typedProperty().get()).isEqualTo("Zq");
            keys.key(KeyCode.ESCAPE); // the first Esc forgets what was typed into the picker
        } else {
            assertThat(((TextInputControl) (first instanceof javafx.scene.control.DatePicker d ? d.getEditor() : first)).getText())
                    .endsWith("Zq");
        }
        assertThat(robot.lookup("#search").queryTextInputControl().getText()).isEmpty();
        tabStaysInside(robot, sheet);
        keys.key(KeyCode.ESCAPE);
        assertThat(main.openSheet()).as("Esc closes the sheet").isNull();
        assertThat(main.getScene().getFocusOwner()).as("focus back where it was").isSameAs(before);
    }

    private void tabStaysInside(FxRobot robot, Node sheet) {
        int stops = SheetFocus.focusables(sheet).size();
        for (int i = 0; i < stops + 3; i++) {
            robot.press(KeyCode.TAB).release(KeyCode.TAB);
            Node owner = main.getScene().getFocusOwner();
            assertThat(SheetFocus.inside(owner, sheet)).as("Tab %d stays in the sheet, not on %s", i + 1, owner).isTrue();
        }
    }

    private Node focusSearch(FxRobot robot) {
        robot.interact(main::focusSearch);
        return main.getScene().getFocusOwner();
    }
}
