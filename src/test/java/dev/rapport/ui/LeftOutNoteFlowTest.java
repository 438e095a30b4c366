package dev.rapport.ui;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.store.RawRows;

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

/** Today and Health say how many rows breaking the journal's rules their figures left out, and say nothing on a sound journal. */
@ExtendWith(ApplicationExtension.class)
class LeftOutNoteFlowTest {
    /** A client whose name is longer than the forms allow. */
    private static final String BAD_CLIENT = "INSERT INTO client (id, name) VALUES (9002, replace(hex(zeroblob(150)), '0', 'x'))";

    @TempDir
    Path dir;

    private Stage stage;
    private JournalSession session;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    private void open(boolean withBadRow, FxRobot robot) {
        try (JournalSession s = UiTestSupport.journal(dir)) {
            s.clients().save(Client.create("Acme"));
        }
        if (withBadRow) {
            RawRows.write(dir.resolve("journal.rapport"), BAD_CLIENT);
        }
        session = UiTestSupport.journal(dir);
        robot.interact(() -> UiTestSupport.show(stage, session, new FakeDialogs()));
    }

    @Test
    void todayAndHealthNameTheCountOfRowsLeftOut(FxRobot robot) {
        open(true, robot);
        Label today = robot.lookup("#today-left-out").queryAs(Label.class);
        assertThat(session.leftOut()).isEqualTo(1);
        assertThat(today.isVisible()).isTrue();
        assertThat(today.getText()).isEqualTo(I18n.plural("common.leftOut", 1)).contains("1");
        robot.clickOn("#rail-health");
        Label health = robot.lookup("#health-left-out").queryAs(Label.class);
        assertThat(health.isVisible()).isTrue();
        assertThat(health.getText()).isEqualTo(I18n.plural("common.leftOut", session.leftOut()));
    }

    @Test
    void aSoundJournalShowsNoLine(FxRobot robot) {
        open(false, robot);
        assertThat(robot.lookup("#today-left-out").queryAs(Label.class).isVisible()).isFalse();
        robot.clickOn("#rail-health");
        assertThat(robot.lookup("#health-left-out").queryAs(Label.class).isVisible()).isFalse();
        assertThat(session.leftOut()).isZero();
    }
}
