package dev.rapport.ui.settings;

import java.io.File;
import java.nio.file.Path;

import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * Where Settings gets a folder from: the system's folder chooser in the app, a fixed folder in tests
 * (native choosers cannot be driven headless; replace it with {@link #use}).
 */
@FunctionalInterface
public interface FolderChoice {
    /** The folder chosen, or null when the user cancelled. */
    Path choose(Window owner, String title);

    FolderChoice CHOOSER = (owner, title) -> {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        File chosen = chooser.showDialog(owner);
        return chosen == null ? null : chosen.toPath();
    };

    static FolderChoice current() {
        return Holder.current;
    }

    /** Tests set a fixed folder and put the chooser back with null. */
    static void use(FolderChoice choice) {
        Holder.current = choice == null ? CHOOSER : choice;
    }

    /** The one in use. */
    final class Holder {
        private static FolderChoice current = CHOOSER;

        private Holder() {
        }
    }
}
