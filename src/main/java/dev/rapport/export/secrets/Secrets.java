package dev.rapport.export.secrets;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;

/**
 * Secrets kept for Rapport under one service name — the mail server's password, subscribed
 * calendars' private addresses: in the operating system's keyring through java-keyring (macOS
 * Keychain, Windows Credential Manager, the Secret Service or KWallet on Linux) where one answers,
 * else in this process's memory only until it ends. Never in the journal, its settings, a log or
 * an export.
 */
public final class Secrets {
    /** Opened once: asking a missing keyring again costs each time (about 1.5 s on Linux). */
    private static final Keyring SYSTEM = open();

    private final String service;
    private final Keyring keyring;
    private final Map<String, char[]> memory = new ConcurrentHashMap<>();

    private Secrets(String service, Keyring keyring) {
        this.service = service;
        this.keyring = keyring;
    }

    /** This computer's keyring under {@code service} when it has one, else memory. */
    public static Secrets forService(String service) {
        return new Secrets(service, SYSTEM);
    }

    /** Memory only: for tests, and where no keyring answers. */
    public static Secrets inMemory() {
        return new Secrets("", null);
    }

    private static Keyring open() {
        try {
            return Keyring.create();
        } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** The secret kept for {@code account}, if any (a copy: the caller clears it). */
    public Optional<char[]> find(String account) {
        char[] held = memory.get(account);
        if (held != null) {
            return Optional.of(held.clone());
        }
        if (keyring == null) {
            return Optional.empty();
        }
        try {
            String kept = keyring.getPassword(service, account);
            return kept == null || kept.isEmpty() ? Optional.empty() : Optional.of(kept.toCharArray());
        } catch (PasswordAccessException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps the secret (copied: the caller may clear its own); in memory when the keyring refuses it. */
    public void keep(String account, char[] secret) {
        if (keyring != null) {
            try {
                keyring.setPassword(service, account, new String(secret));
                return;
            } catch (PasswordAccessException | RuntimeException e) {
                // held in memory below
            }
        }
        clear(memory.put(account, secret.clone()));
    }

    public void forget(String account) {
        clear(memory.remove(account));
        if (keyring != null) {
            try {
                keyring.deletePassword(service, account);
            } catch (PasswordAccessException | RuntimeException e) {
                // nothing was kept there
            }
        }
    }

    /** True when a secret outlives the session (a keyring answers), false when it lives only in memory. */
    public boolean lasting() {
        return keyring != null;
    }

    private static void clear(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
