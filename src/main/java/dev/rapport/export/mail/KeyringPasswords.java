package dev.rapport.export.mail;

import dev.rapport.export.secrets.Secrets;
import dev.rapport.model.MailServer;

import java.util.Optional;

/** The mail server's password among Rapport's secrets: the OS keyring where one answers, else this session's memory. */
final class KeyringPasswords implements MailPasswords {
    static final MailPasswords SHARED = new KeyringPasswords(Secrets.forService("Rapport mail server"));

    private final Secrets secrets;

    KeyringPasswords(Secrets secrets) {
        this.secrets = secrets;
    }

    @Override
    public Optional<char[]> find(MailServer server) {
        return secrets.find(server.account());
    }

    @Override
    public void keep(MailServer server, char[] password) {
        secrets.keep(server.account(), password);
    }

    @Override
    public void forget(MailServer server) {
        secrets.forget(server.account());
    }

    @Override
    public boolean lasting() {
        return secrets.lasting();
    }
}
