package dev.rapport.export.mail;

import dev.rapport.i18n.I18n;
import dev.rapport.model.RapportException;

/** A mail file that cannot be read: one line naming the file and why, in the user's language. */
public final class MailFileException extends RapportException {
    private final String file;

    MailFileException(String file, String reason, Throwable cause) {
        super(I18n.t("mail.error.line", file, reason), cause);
        this.file = file;
    }

    /** The file's name as the user gave it. */
    public String file() {
        return file;
    }
}
