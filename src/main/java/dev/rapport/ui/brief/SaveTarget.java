package dev.rapport.ui.brief;

import java.io.File;
import java.nio.file.Path;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Where a brief or summary is saved: the native file chooser in the app, a fixed folder in tests
 * (replace {@link #current}; native choosers cannot be driven headless).
 */
@FunctionalInterface
public interface SaveTarget {
    /** The file to write, or null when the user cancelled. */
    Path choose(Window owner, String suggestedName, String description, String extension);

    SaveTarget CHOOSER = (owner, name, description, extension) -> {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(dev.rapport.i18n.I18n.t("brief.pane.saveAs", description));
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
        File file = chooser.showSaveDialog(owner);
        return file == null ? null : file.toPath();
    };

    /** The one in use; tests set a folder-backed one and put {@link #CHOOSER} back after. */
    final class Holder {
        static SaveTarget current = CHOOSER;

        private Holder() {
        }
    }

    static SaveTarget current() {
        return Holder.current;
    }

    static void use(SaveTarget target) {
        Holder.current = target == null ? CHOOSER : target;
    }
}
