package dev.rapport.ui.common;

import dev.rapport.i18n.I18n;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** A failure without a message, or running out of memory, reads as a sentence on the status line, and its stack goes to the log. */
@ExtendWith(ApplicationExtension.class)
class BackgroundFailureTest {
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord r) {
            logged.add(r);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger backgroundLog = Logger.getLogger(Background.class.getName());
    private StatusLine status;

    @Start
    void start(Stage stage) {
        status = new StatusLine();
        stage.setScene(new Scene(status, 600, 40));
        stage.show();
    }

    @BeforeEach
    void listen() {
        backgroundLog.addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        backgroundLog.removeHandler(handler);
    }

    private void runFailing(FxRobot robot, Error failure) {
        Background background = Background.sameThread();
        robot.interact(() -> background.run(() -> {
            throw failure;
        }, r -> status.say("done"), t -> status.say(t.getMessage())));
    }

    @Test
    void anErrorWithoutAMessageSaysASentenceAndIsLogged(FxRobot robot) {
        AssertionError failure = new AssertionError();
        runFailing(robot, failure);
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).isEqualTo(I18n.t("common.failed.unexpected"));
        assertThat(logged).anySatisfy(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.WARNING);
            assertThat(r.getThrown()).isSameAs(failure);
        });
    }

    @Test
    void runningOutOfMemorySaysSo(FxRobot robot) {
        OutOfMemoryError failure = new OutOfMemoryError();
        runFailing(robot, failure);
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).isEqualTo(I18n.t("common.failed.outOfMemory"));
        assertThat(logged).anySatisfy(r -> assertThat(r.getThrown()).isSameAs(failure));
    }

    @Test
    void theFxThreadSaysASentenceWhenItRunsOutOfMemory() {
        List<String> said = new ArrayList<>();
        new FxFailures(said::add).uncaughtException(Thread.currentThread(), new OutOfMemoryError("Java heap space"));
        new FxFailures(said::add).uncaughtException(Thread.currentThread(), new NullPointerException());
        assertThat(said).containsExactly(I18n.t("common.failed.outOfMemory"), I18n.t("common.failed.unexpected"));
    }
}
