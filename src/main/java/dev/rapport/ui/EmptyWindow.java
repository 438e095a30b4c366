package dev.rapport.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The benchmark's start-up floor: an empty JavaFX window of the main window's size, timed from
 * process start to its first frame the way {@code RapportApp} times the main window
 * ({@code -Drapport.firstFrameFile=FILE}); it closes after that frame. Not extending
 * {@code Application}, it starts from the class path like the app's launcher.
 */
public final class EmptyWindow {
    private EmptyWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(), 1280, 800);
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                long millis = ProcessHandle.current().info().startInstant()
                        .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
                String file = System.getProperty("rapport.firstFrameFile");
                if (file != null) {
                    try {
                        Files.writeString(Path.of(file), millis + System.lineSeparator());
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                Platform.runLater(Platform::exit);
            };
            scene.addPostLayoutPulseListener(once[0]);
            stage.setTitle("Rapport (empty window)");
            stage.setScene(scene);
            stage.show();
        }
    }
}
