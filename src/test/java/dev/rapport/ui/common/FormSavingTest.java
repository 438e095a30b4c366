package dev.rapport.ui.common;

import dev.rapport.i18n.I18n;
import dev.rapport.model.ValidationException;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sheet saving off the FX thread: while the write runs, Save and Cancel are off, a spinner says
 * it is saving and a second Ctrl+Enter or Esc does nothing; it closes only once stored, and a failed
 * write leaves it open saying why at the field. The write waits in a queue until the test lets it run.
 */
@ExtendWith(ApplicationExtension.class)
class FormSavingTest {
    private final List<Runnable> queued = new ArrayList<>();
    private final Background background = new Background(queued::add);
    private final List<String> saved = new ArrayList<>();
    private int saves;
    private int cancels;
    private Form form;
    private TextField name;
    private String failWith;

    @Start
    void start(Stage stage) {
        form = new Form("Client", "");
        name = form.field("name", "Name", new TextField());
        name.setId("name");
        form.onCancel(() -> cancels++);
        form.onSave(() -> {
            saves++;
            String typed = name.getText();
            form.save(background, () -> {
                if (failWith != null) {
                    throw new ValidationException("name", failWith);
                }
                return typed;
            }, saved::add);
        });
        stage.setScene(new Scene(form, 500, 400));
        stage.show();
    }

    /** Runs the queued write on a thread of its own, as the app's journal thread would, and waits for its answer on the FX thread. */
    private void runTheWrite() throws Exception {
        assertThat(queued).hasSize(1);
        Thread journal = new Thread(queued.remove(0), "journal");
        journal.start();
        journal.join();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void ctrlEnter(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
    }

    @Test
    void whileSavingTheSheetSaysSoAndIgnoresAnotherSaveOrEsc(FxRobot robot) throws Exception {
        robot.clickOn("#name").write("Acme");
        ctrlEnter(robot);
        assertThat(form.isSaving()).isTrue();
        assertThat(robot.lookup("#form-save").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#form-cancel").queryAs(Button.class).isDisabled()).isTrue();
        ProgressIndicator spinner = robot.lookup("#form-saving").queryAs(ProgressIndicator.class);
        assertThat(spinner.isVisible()).isTrue();
        assertThat(spinner.getAccessibleText()).isEqualTo(I18n.t("dialogs.saving"));

        ctrlEnter(robot);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(saves).as("the second Ctrl+Enter started nothing").isEqualTo(1);
        assertThat(cancels).as("Esc does not close a sheet that is saving").isZero();
        assertThat(saved).isEmpty();

        runTheWrite();
        assertThat(saved).containsExactly("Acme");
        assertThat(form.isSaving()).isFalse();
        assertThat(spinner.isVisible()).isFalse();
        assertThat(robot.lookup("#form-save").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void aFailedWriteLeavesTheSheetOpenSayingWhyAtItsField(FxRobot robot) throws Exception {
        failWith = "A client needs a name.";
        robot.clickOn("#name");
        ctrlEnter(robot);
        runTheWrite();
        assertThat(saved).isEmpty();
        assertThat(robot.lookup("#error-name").queryAs(Label.class).getText()).isEqualTo("A client needs a name.");
        assertThat(form.isSaving()).isFalse();

        failWith = null;
        robot.clickOn("#name").write("Acme");
        ctrlEnter(robot);
        runTheWrite();
        assertThat(saved).containsExactly("Acme");
    }

    @Test
    void aListReadAfterTheSheetOpenedLeavesItUnchanged(FxRobot robot) throws Exception {
        ComboBox<String> clients = new ComboBox<>();
        robot.interact(() -> {
            form.field("client", "Client", clients);
            form.markClean();
            form.load(background, () -> List.of("Acme", "Beta"), names -> {
                clients.getItems().setAll(names);
                clients.setValue("Beta");
            });
        });
        assertThat(clients.getItems()).as("nothing is shown before the read is done").isEmpty();
        runTheWrite();
        assertThat(clients.getValue()).isEqualTo("Beta");
        assertThat(form.isChanged()).as("what the read filled in is how the sheet opened").isFalse();
        robot.interact(form::cancel);
        assertThat(cancels).isEqualTo(1);
    }

    @Test
    void aListReadAfterSomethingWasTypedKeepsTheSheetChanged(FxRobot robot) throws Exception {
        ComboBox<String> clients = new ComboBox<>();
        robot.interact(() -> {
            form.field("client", "Client", clients);
            form.markClean();
            form.askBeforeDiscarding(() -> false);
            form.load(background, () -> List.of("Acme"), names -> clients.getItems().setAll(names));
        });
        robot.clickOn("#name").write("Ac");
        runTheWrite();
        assertThat(form.isChanged()).isTrue();
        robot.interact(form::cancel);
        assertThat(cancels).as("the question kept the typed sheet open").isZero();
    }

    @Test
    void aFailedReadIsToldAboveTheFields(FxRobot robot) throws Exception {
        robot.interact(() -> form.load(background, () -> {
            throw new IllegalStateException("The journal could not be read.");
        }, names -> { }));
        runTheWrite();
        Label general = robot.lookup(".field-error").queryAllAs(Label.class).stream()
                .filter(l -> !"error-name".equals(l.getId())).findFirst().orElseThrow();
        assertThat(general.getText()).isEqualTo("The journal could not be read.");
        assertThat(general.isVisible()).isTrue();
    }
}
