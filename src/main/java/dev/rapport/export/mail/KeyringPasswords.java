package dev.rapport.export.mail;

import dev.rapport.model.MailServer;

import java.util.Optional;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;

/**
 * The OS keyring through java-keyring (macOS Keychain, Windows Credential Manager, the Secret
 * Service or KWallet on Linux). Where none answers, or one stops answering, the password is held
 * in memory for the session instead, so it is asked once and still never written anywhere.
 */
final class KeyringPasswords implements MailPasswords {
    static final MailPasswords SHARED = open();
    private static final String SERVICE = "Rapport mail server";

    private final Keyring keyring;
    private final SessionPasswords memory = new SessionPasswords();

    private KeyringPasswords(Keyring keyring) {
        this.keyring = keyring;
    }

    private static MailPasswords open() {
        try {
            return new KeyringPasswords(Keyring.create());
        } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
            return new SessionPasswords();
        }
    }

    @Override
    public Optional<char[]> find(MailServer server) {
        Optional<char[]> held = memory.find(server);
        if (held.isPresent()) {
            return held;
        }
        try {
            String p = keyring.getPassword(SERVICE, server.account());
            return p == null || p.isEmpty() ? Optional.empty() : Optional.of(p.toCharArray());
        } catch (PasswordAccessException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public void keep(MailServer server, char[] password) {
        try {
            keyring.setPassword(SERVICE, server.account(), new String(password));
        } catch (PasswordAccessException | RuntimeException e) {
            memory.keep(server, password);
        }
    }

    @Override
    public void forget(MailServer server) {
        memory.forget(server);
        try {
            keyring.deletePassword(SERVICE, server.account());
        } catch (PasswordAccessException | RuntimeException e) {
            // nothing was kept there
        }
    }

    @Override
    public boolean lasting() {
        return true;
    }
}
