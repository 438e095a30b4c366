package dev.rapport.ui.settings;

import dev.rapport.export.mail.ImapMail;
import dev.rapport.export.mail.MailPasswords;
import dev.rapport.export.mail.MailServerException;
import dev.rapport.export.mail.MailServerImport;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.MailServer;
import dev.rapport.model.ValidationException;
import dev.rapport.ui.common.Background;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings → Mail server: the server, user and folders are kept in the journal's settings; the
 * password only in the OS keyring, or in memory for the session where there is none (the store
 * {@code passwords} hands in; never in this model: a typed password is handed over with Save or
 * Check now and cleared). "Check now" reads the server off the FX thread into the journal
 * (requests proposed, as for dropped mail). Owned by the Settings page it shows on
 * ({@link SettingsViewModel#mailServer()}), and let go with it.
 */
public final class MailServerSettingsModel {
    private final JournalSession session;
    private final Background background;
    private final Supplier<MailPasswords> passwordStore;
    private volatile MailPasswords passwords;
    private final Supplier<ImapMail> reader;
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(Integer.toString(MailServer.IMAPS_PORT));
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty folders = new SimpleStringProperty("");
    private final BooleanProperty startTls = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper kept = new ReadOnlyStringWrapper("");
    private java.util.function.Consumer<String> checked = summary -> { };

    /** {@code passwords} is asked for off the FX thread: opening an OS keyring can take a moment. */
    public MailServerSettingsModel(JournalSession session, Background background, Supplier<MailPasswords> passwords,
                                   Supplier<ImapMail> reader) {
        this.session = session;
        this.background = background;
        this.passwordStore = passwords;
        this.reader = reader;
    }

    /** Fills the fields from the journal's settings. */
    public void load() {
        background.run(() -> {
            passwords = passwordStore.get();
            return MailServer.read(session.settings()::get);
        }, stored -> {
            stored.ifPresent(s -> {
                host.set(s.host());
                port.set(Integer.toString(s.port()));
                user.set(s.user());
                folders.set(String.join(", ", s.folders()));
                startTls.set(s.startTls());
            });
            kept.set(I18n.t(passwords.lasting() ? "mailServer.settings.keyring" : "mailServer.settings.memory"));
            busy.set(false);
        }, t -> error.set(t.getMessage()));
    }

    /** The server as the fields say; a field that does not read is told and nothing is stored. */
    private Optional<MailServer> server() {
        try {
            int p;
            try {
                p = Integer.parseInt(port.get().strip());
            } catch (NumberFormatException e) {
                throw new ValidationException("port", I18n.t("mailServer.validation.port", port.get().strip()));
            }
            return Optional.of(new MailServer(host.get(), p, user.get(), MailServer.folderList(folders.get()), startTls.get()));
        } catch (ValidationException e) {
            error.set(e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Stores the server (never the password); a typed password (empty when none was typed) goes to
     * the keyring, or memory, and is cleared here. False when a field does not read: nothing is
     * stored or kept, and the field that typed the password keeps it.
     */
    public boolean save(char[] typed, Runnable saved) {
        Optional<MailServer> server = server();
        if (server.isEmpty()) {
            Arrays.fill(typed, '\0');
            return false;
        }
        error.set("");
        keep(server.get(), typed);
        busy.set(true);
        background.run(() -> {
            server.get().stored().forEach(session.settings()::put);
            return server.get();
        }, s -> {
            busy.set(false);
            saved.run();
        }, t -> {
            busy.set(false);
            error.set(t.getMessage());
        });
        return true;
    }

    /**
     * Reads the server now: the typed password (kept as Save keeps it, and cleared here), else the one
     * kept; a refused password is forgotten. False when a field does not read, as for {@link #save}.
     */
    public boolean check(char[] typed) {
        Optional<MailServer> server = server();
        if (server.isEmpty()) {
            Arrays.fill(typed, '\0');
            return false;
        }
        MailServer s = server.get();
        keep(s, typed);
        Optional<char[]> pw = passwords.find(s);
        if (pw.isEmpty()) {
            error.set(MailServerException.noPassword(s).getMessage());
            return true;
        }
        error.set("");
        result.set(I18n.t("mailServer.settings.checking"));
        busy.set(true);
        background.run(() -> {
            try {
                s.stored().forEach(session.settings()::put);
                return new MailServerImport(session, reader.get()).read(s, pw.get(), false, false);
            } finally {
                Arrays.fill(pw.get(), '\0');
            }
        }, checked -> {
            busy.set(false);
            List<String> lines = new java.util.ArrayList<>(checked.report().lines());
            lines.add(checked.report().summary());
            result.set(String.join(System.lineSeparator(), lines));
            this.checked.accept(checked.report().summary());
        }, t -> {
            busy.set(false);
            result.set("");
            if (t instanceof MailServerException m && m.problem() == MailServerException.Problem.LOGIN) {
                passwords.forget(s);
            }
            error.set(t.getMessage());
        });
        return true;
    }

    /** Told the summary of each check that read the server (one listener: a card built again replaces it). */
    public void onChecked(java.util.function.Consumer<String> listener) {
        this.checked = listener;
    }

    /** Forgets the password kept for the server the fields name. */
    public void forget(Runnable done) {
        server().ifPresent(s -> {
            passwords.forget(s);
            done.run();
        });
    }

    private void keep(MailServer s, char[] typed) {
        if (typed.length > 0) {
            passwords.keep(s, typed);
            Arrays.fill(typed, '\0');
        }
    }

    /** Where the password is kept, in a sentence: the keyring, or memory for this session. */
    public ReadOnlyStringProperty keptProperty() {
        return kept.getReadOnlyProperty();
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty foldersProperty() {
        return folders;
    }

    public BooleanProperty startTlsProperty() {
        return startTls;
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
