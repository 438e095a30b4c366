package dev.rapport.export.mail;

import dev.rapport.model.MailMessage;

import java.util.Optional;

/**
 * Where mail comes from, one message at a time: a set of mail files, an mbox, a Maildir (and any
 * other store that can hand out messages in turn). A source only reads; it never changes the mail
 * it reads. Only one message is held at a time, so a store of any size is read in little memory.
 */
public interface MailSource extends AutoCloseable {

    /** The source as the user knows it (a file or folder name), for progress and reports. */
    String name();

    /**
     * The next message, or empty when there is none left. A message that cannot be read is refused with
     * a {@link MailFileException} naming it; the next call goes on with the message after it.
     */
    Optional<MailMessage> next();

    /** How much has been read, in the units of {@link #size()} (bytes for files). */
    long position();

    /** How much there is to read in all (0 when unknown). */
    long size();

    @Override
    void close();
}
