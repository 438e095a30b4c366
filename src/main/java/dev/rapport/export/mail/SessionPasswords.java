package dev.rapport.export.mail;

import dev.rapport.model.MailServer;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Passwords held in memory only, until the process ends. */
final class SessionPasswords implements MailPasswords {
    private final Map<String, char[]> kept = new ConcurrentHashMap<>();

    @Override
    public Optional<char[]> find(MailServer server) {
        char[] p = kept.get(server.account());
        return p == null ? Optional.empty() : Optional.of(p.clone());
    }

    @Override
    public void keep(MailServer server, char[] password) {
        char[] before = kept.put(server.account(), password.clone());
        if (before != null) {
            Arrays.fill(before, '\0');
        }
    }

    @Override
    public void forget(MailServer server) {
        char[] before = kept.remove(server.account());
        if (before != null) {
            Arrays.fill(before, '\0');
        }
    }

    @Override
    public boolean lasting() {
        return false;
    }
}
