package dev.rapport.cli;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.KeyPattern;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** rapport encrypt / decrypt / passphrase, and every command on an encrypted journal. */
class EncryptionCliTest {
    @TempDir
    Path dir;

    private final Map<String, String> env = new HashMap<>();
    private final Deque<String> typed = new ArrayDeque<>();
    private boolean hasTerminal;
    private String out;
    private String err;
    private Path journal;

    @BeforeEach
    void fakeEnvironment() {
        Passphrases.environment = env::get;
        Passphrases.terminal = prompt -> hasTerminal && !typed.isEmpty() ? typed.pop().toCharArray() : null;
        journal = dir.resolve("demo.rapport");
        assertThat(run("demo", journal.toString())).isZero();
    }

    @AfterEach
    void realEnvironment() {
        Passphrases.environment = System::getenv;
        Passphrases.terminal = prompt -> System.console() == null ? null : System.console().readPassword("%s", prompt);
    }

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = RapportCommand.run(args, (j, demo) -> { }, new PrintWriter(o, true), new PrintWriter(e, true));
        out = o.toString();
        err = e.toString();
        return code;
    }

    private int encrypt(String passphrase) {
        env.put(Passphrases.NEW, passphrase);
        int code = run("encrypt", "--journal", journal.toString());
        env.remove(Passphrases.NEW);
        return code;
    }

    @Test
    void encryptThenEveryCommandNeedsThePassphrase() throws Exception {
        assertThat(encrypt("a long passphrase")).isZero();
        assertThat(out).contains("100%", "Encrypted");
        assertThat(new String(Files.readAllBytes(journal), StandardCharsets.ISO_8859_1)).doesNotContain("Šarūnas", "SQLite");

        assertThat(run("stats", "--journal", journal.toString())).isEqualTo(1);
        assertThat(err.strip()).isEqualTo("rapport: The journal demo.rapport is encrypted: set RAPPORT_PASSPHRASE"
                + " or run the command in a terminal to type the passphrase.");

        env.put(Passphrases.CURRENT, "a wrong passphrase");
        assertThat(run("search", "--journal", journal.toString(), "sarunas")).isEqualTo(1);
        assertThat(err).startsWith("rapport: The passphrase is wrong").doesNotContain("Exception");

        env.put(Passphrases.CURRENT, "a long passphrase");
        assertThat(run("search", "--journal", journal.toString(), "sarunas")).isZero();
        assertThat(out.lines()).anySatisfy(l -> assertThat(l).startsWith("contact\tŠarūnas Žemaitis"));
        assertThat(run("stats", "--journal", journal.toString())).isZero();
        assertThat(out).contains("Clients        12");
    }

    @Test
    void thePassphraseCanBeTypedAtTheTerminal() {
        hasTerminal = true;
        typed.add("typed passphrase");
        typed.add("typed passphrase");
        assertThat(run("encrypt", "--journal", journal.toString())).isZero();
        typed.add("typed passphrase");
        assertThat(run("stats", "--journal", journal.toString())).isZero();
        typed.add("one passphrase");
        typed.add("another passphrase");
        env.put(Passphrases.CURRENT, "typed passphrase");
        assertThat(run("passphrase", "--journal", journal.toString())).isEqualTo(1);
        assertThat(err).contains(I18n.t("cli.passphrases.differ"));
    }

    @Test
    void aShortPassphraseIsRefusedAndTheJournalStaysPlain() {
        assertThat(encrypt("short")).isEqualTo(1);
        assertThat(err).contains("at least 8 characters");
        assertThat(run("stats", "--journal", journal.toString())).isZero();
    }

    @Test
    void passphraseChangeThenTheOldOneIsRefused() {
        assertThat(encrypt("first passphrase")).isZero();
        env.put(Passphrases.CURRENT, "first passphrase");
        env.put(Passphrases.NEW, "second passphrase");
        assertThat(run("passphrase", "--journal", journal.toString())).isZero();
        assertThat(out).containsPattern(KeyPattern.of("cli.passphrase.done", KeyPattern.ANY));
        env.remove(Passphrases.NEW);
        assertThat(run("stats", "--journal", journal.toString())).isEqualTo(1);
        assertThat(err).containsPattern(KeyPattern.of("security.wrongFor", journal.getFileName().toString()));
        env.put(Passphrases.CURRENT, "second passphrase");
        assertThat(run("stats", "--journal", journal.toString())).isZero();
    }

    @Test
    void decryptMakesItPlainAgainAndBackupsOfEncryptedJournalsAreEncrypted() throws Exception {
        assertThat(encrypt("a long passphrase")).isZero();
        env.put(Passphrases.CURRENT, "a long passphrase");
        Path backup = dir.resolve("copy.rapport");
        assertThat(run("backup", "--journal", journal.toString(), "--out", backup.toString())).isZero();
        assertThat(new String(Files.readAllBytes(backup), StandardCharsets.ISO_8859_1)).startsWith("RAPPSEAL")
                .doesNotContain("Šarūnas");
        assertThat(run("decrypt", "--journal", journal.toString())).isZero();
        assertThat(out).contains("Decrypted");
        env.remove(Passphrases.CURRENT);
        assertThat(run("stats", "--journal", journal.toString(), "--json")).isZero();
        assertThat(out).contains("\"clients\" : 12");
        assertThat(run("decrypt", "--journal", journal.toString())).isEqualTo(1);
        assertThat(err).contains(I18n.t("security.error.notEncrypted", journal.getFileName().toString()));

        // Restoring the encrypted backup asks for its passphrase, and puts it back sealed.
        assertThat(run("restore", "--journal", journal.toString(), backup.toString())).isEqualTo(1);
        assertThat(err).contains("is encrypted");
        env.put(Passphrases.CURRENT, "a long passphrase");
        assertThat(run("restore", "--journal", journal.toString(), backup.toString())).isZero();
        assertThat(run("stats", "--journal", journal.toString())).isZero();
        assertThat(out).contains("Clients        12");
    }

    @Test
    void encryptingTwiceIsRefused() {
        assertThat(encrypt("a long passphrase")).isZero();
        assertThat(encrypt("a long passphrase")).isEqualTo(1);
        assertThat(err).contains(I18n.t("security.error.alreadyEncrypted", journal.getFileName().toString()));
    }
}
