package dev.rapport.tools.window;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The benchmark's start-up floor: an empty JavaFX window of the main window's size whose first
 * frame is timed the way the main window's is
 * ({@code -Drapport.firstFrameFile=FILE}, see {@link FirstFrameFile}); it closes after that frame. Not extending
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
                FirstFrameFile.fromSystemProperties().firstFrame();
                Platform.runLater(Platform::exit);
            };
            scene.addPostLayoutPulseListener(once[0]);
            stage.setTitle("Rapport (empty window)");
            stage.setScene(scene);
            stage.show();
        }
    }
}
