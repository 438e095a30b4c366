package dev.rapport.ui.mail;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.Window;

/**
 * How a reply reaches the person's mail program: a mailto: link to compose, a place to save an
 * .eml draft, and opening that draft. The app uses the desktop's ({@link DesktopMailHandOff});
 * tests install a fake, so nothing outside the test is opened.
 */
public interface MailHandOff {
    /** Opens the mail program's new-message window with the link's address, subject and text (called off the FX thread). */
    void compose(URI mailto) throws IOException;

    /** Where to save a draft (on the FX thread): empty when the user chose nothing. */
    Optional<Path> draftFile(Window owner, String suggestedName);

    /** Opens a saved draft in the program that opens .eml files (called off the FX thread). */
    void open(Path draft) throws IOException;
}
