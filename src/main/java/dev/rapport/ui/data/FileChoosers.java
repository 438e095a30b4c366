package dev.rapport.ui.data;

import dev.rapport.i18n.I18n;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;

import javafx.scene.Node;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/** The system's file choosers, over the window that holds {@code owner}. */
public final class FileChoosers implements DataMenu.Files {
    private final Node owner;

    public FileChoosers(Node owner) {
        this.owner = owner;
    }

    @Override
    public Path saveFile(String title, String initialName, String extension) {
        FileChooser chooser = chooser(title, extension);
        chooser.setInitialFileName(initialName);
        return path(chooser.showSaveDialog(owner.getScene().getWindow()));
    }

    @Override
    public Path openFile(String title, String extension) {
        return path(chooser(title, extension).showOpenDialog(owner.getScene().getWindow()));
    }

    @Override
    public Path folder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return path(chooser.showDialog(owner.getScene().getWindow()));
    }

    private static FileChooser chooser(String title, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("data.chooser.files", extension.toUpperCase(Locale.ROOT)), "*." + extension));
        return chooser;
    }

    private static Path path(File file) {
        return file == null ? null : file.toPath();
    }
}
