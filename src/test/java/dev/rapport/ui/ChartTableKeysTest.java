package dev.rapport.ui;

import dev.rapport.i18n.I18n;
import dev.rapport.model.Client;
import dev.rapport.ui.common.FigureTable;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The charts' text alternative is one key away (issue 25): Ctrl+T opens the chart on screen (the
 * Health screen's attribute ratings, a client's radar) as a table a screen reader reads cell by cell,
 * Esc closes it and gives the keys back, and the shortcut sheet (F1) lists the key.
 */
@ExtendWith(ApplicationExtension.class)
class ChartTableKeysTest {
    @RegisterExtension
    final UiTestSupport.Window window = UiTestSupport.demoWindow();

    private MainView show(FxRobot robot) {
        return window.show(robot);
    }

    @SuppressWarnings("unchecked")
    private TableView<List<String>> openTable(FxRobot robot) {
        Node table = robot.lookup("#figure-table").tryQuery().orElse(null);
        return table == null || !table.isVisible() ? null : (TableView<List<String>>) table;
    }

    @Test
    void theHealthScreensRatingsOpenAsATableByOneKeyAndEscClosesIt(FxRobot robot) {
        MainView main = show(robot);
        KeyCountingRobot keys = new KeyCountingRobot(robot);

        keys.key(KeyCode.CONTROL, KeyCode.DIGIT7).key(KeyCode.CONTROL, KeyCode.T);

        TableView<List<String>> table = openTable(robot);
        assertThat(table).as("the ratings' table after Ctrl+7, Ctrl+T").isNotNull();
        assertThat(main.openSheet()).as("the table is the open sheet").isNotNull();
        assertThat(table.getAccessibleText()).isEqualTo(I18n.t("health.heat.title"));
        assertThat(table.getColumns().get(0).getText()).isEqualTo(I18n.t("spoken.heat.client"));
        List<String> clientsRated = table.getItems().stream().map(row -> row.get(0)).toList();
        assertThat(clientsRated).as("one row per client of the heat map").isNotEmpty()
                .allSatisfy(name -> assertThat(window.session().clients().all()).anyMatch(c -> c.name().equals(name)));
        assertThat(table.getItems()).allSatisfy(row -> assertThat(row).hasSize(table.getColumns().size()));

        keys.key(KeyCode.ESCAPE);
        assertThat(main.openSheet()).as("Esc closes the table's sheet").isNull();
        assertThat(keys.keys()).isEqualTo(3);
    }

    @Test
    void aClientsRadarOpensAsATableFromItsHealthTab(FxRobot robot) {
        MainView main = show(robot);
        Client client = window.session().clients().all().stream().filter(c -> !c.archived()).findFirst().orElseThrow();
        robot.interact(() -> {
            main.showClient(client.id());
            TabPane tabs = (TabPane) window.stage().getScene().lookup("#client-page").lookup(".tab-pane");
            Tab health = tabs.getTabs().stream().filter(t -> "tab-health".equals(t.getId())).findFirst().orElseThrow();
            tabs.getSelectionModel().select(health);
            tabs.requestFocus();
        });

        new KeyCountingRobot(robot).key(KeyCode.CONTROL, KeyCode.T);

        TableView<List<String>> table = openTable(robot);
        assertThat(table).as("the radar's table after Ctrl+T on the client's Health tab").isNotNull();
        assertThat(table.getAccessibleText()).isEqualTo(I18n.t("spoken.radar.name"));
        assertThat(table.getItems()).as("one row per attribute").isNotEmpty();
    }

    @Test
    void onAScreenWithoutAChartTheKeyOpensNothing(FxRobot robot) {
        MainView main = show(robot);
        KeyCountingRobot keys = new KeyCountingRobot(robot);

        keys.key(KeyCode.CONTROL, KeyCode.DIGIT3).key(KeyCode.CONTROL, KeyCode.T);

        assertThat(main.openSheet()).isNull();
        assertThat(openTable(robot)).isNull();
    }

    @Test
    void theShortcutSheetListsTheKey(FxRobot robot) {
        show(robot);

        new KeyCountingRobot(robot).key(KeyCode.F1);

        Label what = robot.lookup("#shortcut-app-keys-chartTable").queryAs(Label.class);
        assertThat(what.getText()).isEqualTo(I18n.t("app.keys.chartTable"));
        Label keysShown = (Label) what.getParent().getChildrenUnmodifiable().get(what.getParent().getChildrenUnmodifiable().indexOf(what) - 1);
        assertThat(keysShown.getText()).isEqualTo("Ctrl+T");
        assertThat(FigureTable.KEYS.getCode()).isEqualTo(KeyCode.T);
    }
}
