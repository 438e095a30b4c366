package dev.rapport.ui;

import dev.rapport.export.DataExchange;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Meeting;
import dev.rapport.ui.data.DataMenu;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 8 in the window: Monica and calendar imports through the wizard, the duplicates they bring, Today's meetings → Brief. */
@ExtendWith(ApplicationExtension.class)
class CalendarFlowTest {
    @TempDir
    Path dir;

    private JournalSession session;
    private final FakeDialogs dialogs = new FakeDialogs();
    private MainView main;
    private Path chosen;

    @Start
    void start(Stage stage) {
        session = UiTestSupport.journal(dir);
        main = UiTestSupport.show(stage, session, dialogs);
        main.dataMenu().setFiles(new DataMenu.Files() {
            @Override
            public Path saveFile(String title, String initialName, String extension) {
                return chosen;
            }

            @Override
            public Path openFile(String title, String extension) {
                return chosen;
            }

            @Override
            public Path folder(String title) {
                return chosen;
            }
        });
    }

    @AfterEach
    void close() {
        session.close();
    }

    /** Fires an Import item of the journal menu (found and fired: headless submenu popups outlive the window). */
    private static void importItem(FxRobot robot, String id) {
        javafx.scene.control.MenuButton menu = robot.lookup("#journal-menu").queryAs(javafx.scene.control.MenuButton.class);
        javafx.scene.control.MenuItem item = menu.getItems().stream()
                .filter(i -> i instanceof javafx.scene.control.Menu).flatMap(m -> ((javafx.scene.control.Menu) m).getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
        assertThat(item.getParentMenu().getId()).isEqualTo("menu-import");
        robot.interact(item::fire);
    }

    private Path resource(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/dev/rapport/export/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#status-message").queryAs(Label.class).getText();
    }

    @Test
    void monicaThroughTheWizardThenAVcardThatBringsADuplicateToReview(FxRobot robot) throws Exception {
        chosen = resource("monica-export.json");
        importItem(robot, "menu-import-monica");
        assertThat(robot.lookup("#import-preview").queryAs(Label.class).getText())
                .startsWith("To add: 3 contacts, 5 journal entries, 4 dates. New clients: Baltic Freight Lines, Dnipro Foods,"
                        + " Vilnius Advisory Group.")
                .contains("• Šarūnas Žemaitis, CFO <sarunas.zemaitis@balticfreight.example> (Baltic Freight Lines) — 3 journal entries, 3 dates")
                .contains("Left out: Contact 3 (Marta Zielińska): no company");
        assertThat(session.contacts().count()).isZero();
        robot.clickOn("#form-save");
        assertThat(session.contacts().count()).isEqualTo(3);
        assertThat(status(robot)).isEqualTo("Imported monica-export.json.");
        assertThat(robot.lookup("#import-done-sheet").tryQuery()).isEmpty();

        chosen = dir.resolve("rasa.vcf");
        Files.writeString(chosen, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Rasa Petraite\r\nORG:Vilnius Advisory Group\r\n"
                + "EMAIL:rasa.petraite@mail.example\r\nEND:VCARD\r\n", StandardCharsets.UTF_8);
        importItem(robot, "menu-import-vcf");
        robot.clickOn("#form-save");
        assertThat(session.contacts().count()).isEqualTo(4);
        assertThat(status(robot)).isEqualTo("Imported rasa.vcf. 1 likely duplicate.");
        assertThat(robot.lookup("#import-duplicates").queryAs(Label.class).getText()).isEqualTo("1 likely duplicate");
        robot.clickOn("#import-review-duplicates");
        VBox list = robot.lookup("#duplicates-list").queryAs(VBox.class);
        assertThat(list.getChildren()).hasSize(1);
        assertThat(robot.lookup(n -> n.getId() != null && n.getId().startsWith("duplicates-merge-")).tryQuery()).isPresent();
    }

    @Test
    void calendarThroughTheWizardThenTodaysMeetingRowOpensTheBrief(FxRobot robot) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/dev/rapport/export/monica-export.json")) {
            new DataExchange(session.data()).apply(new DataExchange(session.data()).readMonicaJson(in, null));
        }
        chosen = resource("calendar.ics");
        importItem(robot, "menu-import-ics");
        assertThat(robot.lookup("#import-preview").queryAs(Label.class).getText())
                .startsWith("Planned meetings: 4 new meetings, 0 meetings updated.")
                .contains("Left out: 1 past, 1 without a contact among the attendees, 1 cancelled.");
        robot.clickOn("#form-save");
        assertThat(status(robot)).isEqualTo("Imported calendar.ics.");
        List<Meeting> week = session.meetings().thisWeek();
        assertThat(week).hasSize(3);

        robot.interact(main::showToday);
        VBox section = robot.lookup("#today-meetings").queryAs(VBox.class);
        assertThat(section.getChildren()).hasSize(4); // the heading and three meetings
        Meeting steerco = week.get(0);
        Node row = robot.lookup("#today-item-meeting-unbriefed-" + steerco.id()).query();
        assertThat(row).isNotNull();
        robot.clickOn("#today-brief-" + steerco.id());
        assertThat(robot.lookup("#brief-pane").tryQuery()).isPresent();
        assertThat(session.meetings().meeting(steerco.id()).briefed()).isTrue();
        assertThat(status(robot)).isEqualTo("Brief opened for Baltic Freight Lines. The meeting counts as prepared.");

        robot.interact(main::showToday);
        assertThat(robot.lookup("#today-meetings").queryAs(VBox.class).getChildren()).hasSize(3);
        assertThat(robot.lookup("#today-item-meeting-unbriefed-" + steerco.id()).tryQuery()).isEmpty();
    }
}
