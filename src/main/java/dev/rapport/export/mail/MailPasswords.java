package dev.rapport.export.mail;

import dev.rapport.export.secrets.Secrets;
import dev.rapport.model.MailServer;

import java.util.Optional;

/**
 * Where the mail server's password is kept: the operating system's keyring where there is one,
 * else only in this process's memory until it ends (asked once per session). Never in the journal,
 * its settings, a log or an export.
 */
public interface MailPasswords {
    /** The password kept for this account, if any (a copy: the caller clears it). */
    Optional<char[]> find(MailServer server);

    /** Keeps the password for this account (copied; the caller may clear its own). */
    void keep(MailServer server, char[] password);

    /** Forgets the password for this account (after the server refused it, or on request). */
    void forget(MailServer server);

    /** True when the password outlives the session (the OS keyring), false when it lives only in memory. */
    boolean lasting();

    /** This computer's keyring when it has one that answers, else memory; the same store for the whole session. */
    static MailPasswords forThisComputer() {
        return KeyringPasswords.SHARED;
    }

    /** Memory only: for tests, and where no keyring answers. */
    static MailPasswords inMemory() {
        return new KeyringPasswords(Secrets.inMemory());
    }
}
