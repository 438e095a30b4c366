package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.JournalSession;
import dev.rapport.logic.sync.FolderSyncWiring;
import dev.rapport.logic.sync.SyncWiring;
import dev.rapport.model.Client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rapport sync} with the real engine: two journals, one folder, a client moves from one to the other. */
class SyncCommandFolderTest {
    @TempDir
    Path dir;

    private final Map<String, String> env = new HashMap<>();
    private String out;
    private String err;

    @BeforeEach
    void setUp() {
        I18n.use(Language.ENGLISH);
        Passphrases.environment = env::get;
        Passphrases.terminal = prompt -> null;
        SyncWiring.use(new FolderSyncWiring());
    }

    @AfterEach
    void tearDown() {
        SyncWiring.use(null);
        Passphrases.environment = System::getenv;
        Passphrases.terminal = prompt -> System.console() == null ? null : System.console().readPassword("%s", prompt);
    }

    private int run(Path journal, String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        String[] all = new String[args.length + 3];
        all[0] = "sync";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--journal";
        all[args.length + 2] = journal.toString();
        int code = RapportCommand.run(all, (j, d) -> { }, new PrintWriter(o, true), new PrintWriter(e, true), "en");
        out = o.toString();
        err = e.toString();
        return code;
    }

    @Test
    void aClientMadeInOneJournalReachesTheOtherThroughTwoRounds() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("Sync"));
        Path laptop = dir.resolve("laptop.rapport");
        Path desk = dir.resolve("desk.rapport");
        try (JournalSession session = JournalSession.open(laptop)) {
            session.clients().save(Client.create("Northwind"));
        }
        JournalSession.open(desk).close();
        env.put(SyncCommand.PASSPHRASE, "folder secret");

        assertThat(run(laptop, "--folder", folder.toString(), "--device", "Laptop", "--json")).as(err).isZero();
        assertThat(new ObjectMapper().readTree(out).get("sent").asInt()).isPositive();
        assertThat(run(desk, "--folder", folder.toString(), "--device", "Desk-PC", "--json")).as(err).isZero();
        JsonNode doc = new ObjectMapper().readTree(out);
        assertThat(doc.get("received").asInt()).isPositive();
        assertThat(doc.get("devices").get(0).get("name").asText()).isEqualTo("Laptop");

        try (JournalSession session = JournalSession.open(desk)) {
            assertThat(session.clients().all()).extracting(Client::name).containsExactly("Northwind");
        }
        // a write on the desk between rounds, with the folder remembered, goes back the other way
        try (JournalSession session = JournalSession.open(desk)) {
            session.clients().save(Client.create("Globex"));
        }
        assertThat(run(desk)).as(err).isZero();
        assertThat(run(laptop)).as(err).isZero();
        try (JournalSession session = JournalSession.open(laptop)) {
            assertThat(session.clients().all()).extracting(Client::name).containsExactlyInAnyOrder("Northwind", "Globex");
        }
    }

    @Test
    void aWrongPassphraseIsRefusedInWords() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("Sync"));
        Path laptop = dir.resolve("laptop.rapport");
        Path desk = dir.resolve("desk.rapport");
        JournalSession.open(laptop).close();
        JournalSession.open(desk).close();
        env.put(SyncCommand.PASSPHRASE, "folder secret");
        assertThat(run(laptop, "--folder", folder.toString())).as(err).isZero();
        env.put(SyncCommand.PASSPHRASE, "another");
        assertThat(run(desk, "--folder", folder.toString())).isEqualTo(1);
        assertThat(err.strip()).isEqualTo("rapport: " + I18n.t("syncing.failure.wrongPassphrase"));
    }
}
