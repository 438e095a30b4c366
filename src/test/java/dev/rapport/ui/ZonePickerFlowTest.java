package dev.rapport.ui;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.ui.controls.ZonePicker;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** A person's time zone chosen by typing a city, keys only: no click and no pointer move after the sheet opens. */
@ExtendWith(ApplicationExtension.class)
class ZonePickerFlowTest {
    @TempDir
    Path dir;

    private JournalSession session;
    private Client acme;

    @Start
    void start(Stage stage) {
        session = UiTestSupport.journal(dir);
        acme = session.clients().save(Client.create("Acme"));
        UiTestSupport.show(stage, session, new FakeDialogs());
    }

    @AfterEach
    void close() {
        session.close();
    }

    private void openPersonForm(FxRobot robot) {
        robot.interact(() -> ((MainView) robot.lookup("#main-view").query()).showClient(acme.id()));
        UiTestSupport.awaitShown(robot, "#add-person");
        robot.interact(() -> robot.lookup("#add-person").queryAs(Button.class).fire());
        UiTestSupport.awaitShown(robot, "#contact-zone");
        // The sheet should take the keyboard itself when it opens (issue 16, item 1, done elsewhere);
        // until then the test puts the focus in the first field as that fix will, and uses keys only from there.
        Node name = robot.lookup("#contact-name").query();
        robot.interact(name::requestFocus);
        assertThat(focused(robot)).isSameAs(name);
    }

    private static void key(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        List<KeyCode> reversed = new java.util.ArrayList<>(List.of(keys));
        java.util.Collections.reverse(reversed);
        robot.release(reversed.toArray(KeyCode[]::new));
    }

    private static Node focused(FxRobot robot) {
        return robot.lookup("#contact-name").query().getScene().getFocusOwner();
    }

    /** From the name field, Tab by Tab to the zone field: the form's own order, as a user goes. */
    private static ZonePicker tabToZone(FxRobot robot) {
        ZonePicker zone = robot.lookup("#contact-zone").queryAs(ZonePicker.class);
        for (int i = 0; i < 10 && focused(robot) != zone; i++) {
            key(robot, KeyCode.TAB);
        }
        assertThat(focused(robot)).isSameAs(zone);
        return zone;
    }

    @Test
    void aCityTypedInRussianAndEnterChooseTheZoneAndCtrlEnterSaves(FxRobot robot) {
        openPersonForm(robot);
        robot.write("Ona Petraitė");
        ZonePicker zone = tabToZone(robot);

        robot.write("Вильн");
        assertThat(zone.isShowingMatches()).isTrue();
        @SuppressWarnings("unchecked") ListView<ZoneId> matches = robot.lookup("#zone-matches").queryAs(ListView.class);
        assertThat(matches.getItems()).first().isEqualTo(ZoneId.of("Europe/Vilnius"));
        key(robot, KeyCode.ENTER);
        assertThat(zone.isShowingMatches()).isFalse();
        assertThat(zone.getText()).isEqualTo("Vilnius (UTC+2)");
        assertThat(robot.lookup("#contact-zone").tryQuery()).as("Enter took the match; the sheet is still open").isPresent();

        key(robot, KeyCode.CONTROL, KeyCode.ENTER);
        List<Contact> people = session.contacts().forClient(acme.id());
        assertThat(people).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Ona Petraitė");
            assertThat(c.timeZone()).isEqualTo("Europe/Vilnius");
        });
    }

    @Test
    void downAndUpMoveThroughTheMatchesAndEscClosesOnlyTheList(FxRobot robot) {
        openPersonForm(robot);
        robot.write("Ion");
        ZonePicker zone = tabToZone(robot);

        robot.write("Росія"); // Russia in Ukrainian: each of its zones
        @SuppressWarnings("unchecked") ListView<ZoneId> matches = robot.lookup("#zone-matches").queryAs(ListView.class);
        assertThat(matches.getItems()).hasSizeGreaterThan(3).contains(ZoneId.of("Asia/Irkutsk"), ZoneId.of("Europe/Kaliningrad"));
        key(robot, KeyCode.DOWN);
        key(robot, KeyCode.DOWN);
        key(robot, KeyCode.UP);
        ZoneId second = matches.getItems().get(1);
        assertThat(matches.getSelectionModel().getSelectedItem()).isEqualTo(second);

        key(robot, KeyCode.ESCAPE);
        assertThat(zone.isShowingMatches()).isFalse();
        assertThat(robot.lookup("#contact-zone").tryQuery()).as("Esc closed the list, not the sheet").isPresent();

        key(robot, KeyCode.DOWN); // the list again, the first match highlighted
        assertThat(zone.isShowingMatches()).isTrue();
        key(robot, KeyCode.DOWN);
        key(robot, KeyCode.ENTER);
        assertThat(zone.getZone()).isEqualTo(second);

        key(robot, KeyCode.CONTROL, KeyCode.ENTER);
        assertThat(session.contacts().forClient(acme.id())).singleElement()
                .satisfies(c -> assertThat(c.timeZone()).isEqualTo(second.getId()));
    }

    @Test
    void textThatNamesNoPlaceIsRefusedAtTheField(FxRobot robot) {
        openPersonForm(robot);
        robot.write("Ann");
        tabToZone(robot);
        robot.write("Atlantis");
        key(robot, KeyCode.CONTROL, KeyCode.ENTER);
        assertThat(robot.lookup("#error-timeZone").queryLabeled().getText()).contains("Atlantis");
        assertThat(session.contacts().count()).isZero();
    }
}
