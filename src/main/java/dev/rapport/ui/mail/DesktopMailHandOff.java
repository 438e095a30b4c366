package dev.rapport.ui.mail;

import dev.rapport.i18n.I18n;

import java.awt.Desktop;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The desktop's mail program and file opener (java.awt.Desktop); the one in use is {@link #current()}. */
public final class DesktopMailHandOff implements MailHandOff {
    private static volatile MailHandOff current = new DesktopMailHandOff();

    /** The hand-off the app uses now. */
    public static MailHandOff current() {
        return current;
    }

    /** Puts another hand-off in place (a test's fake); returns the one it replaced. */
    public static MailHandOff install(MailHandOff handOff) {
        MailHandOff before = current;
        current = handOff;
        return before;
    }

    @Override
    public void compose(URI mailto) throws IOException {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.MAIL)) {
            throw new IOException(I18n.t("mail.reply.noMailProgram"));
        }
        Desktop.getDesktop().mail(mailto);
    }

    @Override
    public Optional<Path> draftFile(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("mail.reply.saveTitle"));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("mail.reply.filter"), "*.eml"));
        File chosen = chooser.showSaveDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public void open(Path draft) throws IOException {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            throw new IOException(I18n.t("mail.reply.noOpener"));
        }
        Desktop.getDesktop().open(draft.toFile());
    }
}
