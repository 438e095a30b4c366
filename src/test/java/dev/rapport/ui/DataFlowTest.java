package dev.rapport.ui;

import dev.rapport.export.DataExchange;
import dev.rapport.tools.demo.DemoJournal;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.ui.data.DataMenu;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class DataFlowTest {
    @TempDir
    Path dir;

    private JournalSession session;
    private final FakeDialogs dialogs = new FakeDialogs();
    private MainView main;
    private Path chosen;

    @Start
    void start(Stage stage) {
        session = UiTestSupport.journal(dir);
        session.clients().save(Client.create("Acme"));
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

    /**
     * Fires an item of the journal menu's Export or Import submenu. (Submenu popups under the
     * headless Monocle glass outlive the test's window and fail its teardown, so the item is
     * found in the menu and fired rather than clicked.)
     */
    private void menuItem(FxRobot robot, String id) {
        javafx.scene.control.MenuButton menu = robot.lookup("#journal-menu").queryAs(javafx.scene.control.MenuButton.class);
        javafx.scene.control.MenuItem item = menu.getItems().stream()
                .filter(i -> i instanceof javafx.scene.control.Menu).flatMap(m -> ((javafx.scene.control.Menu) m).getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
        assertThat(item.getParentMenu().getId()).isIn("menu-export", "menu-import");
        robot.interact(item::fire);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void exportTheCalendarAndTheListsFromTheJournalMenu(FxRobot robot) throws Exception {
        chosen = dir.resolve("out.vcf");
        menuItem(robot, "menu-export-vcf");
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).isEqualTo("Export: 0 contacts written to " + chosen + ".");
        assertThat(Files.readString(chosen)).isEmpty();

        chosen = dir.resolve("lists");
        menuItem(robot, "menu-export-csv");
        assertThat(Files.readString(chosen.resolve("clients.csv"))).startsWith("\uFEFFid,name").contains("Acme");
    }

    @Test
    void contactImportShowsAPreviewAndStoresOnlyOnImport(FxRobot robot) throws Exception {
        chosen = dir.resolve("people.csv");
        Files.writeString(chosen, "Name,Email,Client,Shoe size\nAnn Lee,ann@acme.example,Acme,38\nBo Chen,,Beta,44\n");
        menuItem(robot, "menu-import-csv");
        String preview = robot.lookup("#import-preview").queryAs(Label.class).getText();
        assertThat(preview).startsWith("2 contacts to add, 1 new client (Beta).").contains("columns not imported: Shoe size");
        assertThat(session.contacts().count()).isZero();
        robot.clickOn("#form-save");
        assertThat(session.contacts().count()).isEqualTo(2);
        assertThat(session.clients().count()).isEqualTo(2);
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).isEqualTo("Imported people.csv.");
    }

    @Test
    void aBadFileSaysWhyAndStoresNothing(FxRobot robot) throws Exception {
        chosen = dir.resolve("bad.csv");
        Files.writeString(chosen, "name,email,client\nAnn,not-an-email,Acme\n");
        menuItem(robot, "menu-import-csv");
        assertThat(dialogs.errors).singleElement().asString().contains("Line 2, field email");
        assertThat(session.contacts().count()).isZero();
    }

    @Test
    void importingAWholeJournalOverThisOneAsksFirstNamingTheCount(FxRobot robot) throws Exception {
        chosen = dir.resolve("demo.json");
        try (JournalSession demo = JournalSession.open(dir.resolve("demo.rapport"), UiTestSupport.CLOCK)) {
            DemoJournal.fill(demo);
            new DataExchange(demo.data()).exportJson(Files.newOutputStream(chosen), n -> { });
        }
        session.interactions().save(new dev.rapport.model.Interaction(0, session.clients().byName("Acme").id(),
                java.time.LocalDateTime.of(2026, 11, 1, 9, 0), dev.rapport.model.Channel.CALL, "Call", "", "",
                java.util.List.of(), null, java.util.List.of()));
        menuItem(robot, "menu-import-json");
        assertThat(robot.lookup("#import-preview").queryAs(Label.class).getText()).contains("12 clients", "replaces its 1 client and 1 entry");
        dialogs.answer = false;
        robot.clickOn("#form-save");
        assertThat(dialogs.asked).singleElement().asString().contains("Replace the whole journal?", "1 entry removed");
        assertThat(session.clients().count()).isEqualTo(1);
        dialogs.answer = true;
        robot.clickOn("#form-save");
        assertThat(session.clients().count()).isEqualTo(12);
    }

    @Test
    void linkedInConnectionsThroughThePreview(FxRobot robot) throws Exception {
        chosen = dir.resolve("Connections.csv");
        try (var in = getClass().getResourceAsStream("/dev/rapport/export/linkedin-connections.csv")) {
            Files.copy(in, chosen);
        }
        menuItem(robot, "menu-import-linkedin");
        assertThat(robot.lookup("#import-preview").queryAs(Label.class).getText())
                .startsWith("2 contacts to add, 2 new clients (Helios Energy, Atlântico Seguros).");
        robot.clickOn("#form-save");
        assertThat(session.contacts().count()).isEqualTo(2);
    }
}
