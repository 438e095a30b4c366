package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.JournalSession;
import dev.rapport.logic.sync.FakeSyncEngine;
import dev.rapport.logic.sync.SyncRound;
import dev.rapport.logic.sync.SyncSettings;
import dev.rapport.logic.sync.SyncWiring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rapport sync} with a fake engine: the report in words and in JSON, the folder and device
 * remembered per journal, the passphrase from the journal, the environment or the terminal, and
 * the refusals by their message keys — and, with no engine connected, a clear refusal, never a round.
 */
class SyncCommandTest {
    @TempDir
    Path dir;

    private final Map<String, String> env = new HashMap<>();
    private final Deque<String> typed = new ArrayDeque<>();
    private final FakeSyncEngine engine = new FakeSyncEngine();
    private Path journal;
    private Path folder;
    private String out;
    private String err;

    @BeforeEach
    void setUp() throws Exception {
        I18n.use(Language.ENGLISH);
        Passphrases.environment = env::get;
        Passphrases.terminal = prompt -> typed.isEmpty() ? null : typed.pop().toCharArray();
        journal = dir.resolve("j.rapport");
        JournalSession.open(journal).close();
        folder = Files.createDirectory(dir.resolve("Sync"));
        SyncWiring.use(engine);
        engine.next = new SyncRound.Report(3, 5,
                List.of(new SyncRound.Device("d1", "Desk-PC", Instant.parse("2026-12-07T14:02:00Z")), new SyncRound.Device("d2", "Laptop", null)),
                List.of(new SyncRound.ConcurrentEdit("e1", "Promise: revised budget", "due date", "Monday", "Desk-PC",
                        Instant.parse("2026-12-07T14:02:00Z"), "Friday", "Laptop", Instant.parse("2026-12-07T13:58:00Z"))), false);
    }

    @AfterEach
    void tearDown() {
        SyncWiring.use(null);
        Passphrases.environment = System::getenv;
        Passphrases.terminal = prompt -> System.console() == null ? null : System.console().readPassword("%s", prompt);
        I18n.use(Language.ENGLISH);
    }

    private int run(String... args) {
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
    void oneRoundPrintsItsReportAsJsonAndRemembersTheFolderAndDevice() throws Exception {
        env.put(SyncCommand.PASSPHRASE, "folder secret");
        assertThat(run("--folder", folder.toString(), "--device", "Laptop", "--json")).as(err).isZero();

        JsonNode doc = new ObjectMapper().readTree(out);
        assertThat(doc.get("sent").asInt()).isEqualTo(3);
        assertThat(doc.get("received").asInt()).isEqualTo(5);
        assertThat(doc.get("joinedFromSnapshot").asBoolean()).isFalse();
        assertThat(doc.get("device").asText()).isEqualTo("Laptop");
        assertThat(doc.get("devices").get(0).get("name").asText()).isEqualTo("Desk-PC");
        assertThat(doc.get("devices").get(0).get("lastWrote").asText()).isEqualTo("2026-12-07T14:02:00Z");
        assertThat(doc.get("devices").get(1).get("lastWrote").isNull()).isTrue();
        JsonNode edit = doc.get("concurrentEdits").get(0);
        assertThat(edit.get("kept").asText()).isEqualTo("Monday");
        assertThat(edit.get("overwritten").asText()).isEqualTo("Friday");
        assertThat(edit.get("keptBy").asText()).isEqualTo("Desk-PC");
        assertThat(engine.calls).containsExactly(new FakeSyncEngine.Call(folder.toAbsolutePath(), "Laptop", "folder secret"));

        // given once, remembered: the next round needs neither
        assertThat(run()).as(err).isZero();
        assertThat(engine.calls.get(1)).isEqualTo(new FakeSyncEngine.Call(folder.toAbsolutePath(), "Laptop", "folder secret"));
        try (JournalSession session = JournalSession.open(journal)) {
            assertThat(session.settings().get(SyncSettings.FOLDER)).contains(folder.toAbsolutePath().toString());
            assertThat(session.settings().get(SyncSettings.DEVICE_NAME)).contains("Laptop");
        }
    }

    @Test
    void theTextReportSaysWhatTheRoundDidInTheUsersLanguage() {
        env.put(SyncCommand.PASSPHRASE, "folder secret");
        assertThat(run("--folder", folder.toString(), "--device", "Laptop")).as(err).isZero();
        assertThat(out).contains(I18n.t("syncing.report.summary", I18n.plural("syncing.report.sent", 3), I18n.plural("syncing.report.received", 5)));
        assertThat(out).contains("Desk-PC").contains(I18n.t("syncing.device.neverWrote", "Laptop"));
        assertThat(out).contains(I18n.t("syncing.edit.yoursWas", "Friday")).contains("“Monday”");

        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = RapportCommand.run(new String[]{"sync", "--journal", journal.toString()}, (j, d) -> { }, new PrintWriter(o, true),
                new PrintWriter(e, true), "uk");
        assertThat(code).isZero();
        assertThat(o.toString()).contains(I18n.t("syncing.edit.yoursWas", "Friday")).contains("Надіслано");
    }

    @Test
    void withoutAnEngineTheCommandRefusesClearlyAndRunsNoRound() {
        SyncWiring.use(null);
        env.put(SyncCommand.PASSPHRASE, "folder secret");
        assertThat(run("--folder", folder.toString())).isEqualTo(1);
        assertThat(err.strip()).isEqualTo("rapport: " + I18n.t("syncing.failure.engineNotAvailable"));
        assertThat(out).isEmpty();
    }

    @Test
    void theEnginesRefusalIsSaidByItsKey() {
        env.put(SyncCommand.PASSPHRASE, "wrong one");
        engine.failure = new SyncRound.Failure(SyncRound.Failure.Reason.WRONG_PASSPHRASE);
        assertThat(run("--folder", folder.toString())).isEqualTo(1);
        assertThat(err.strip()).isEqualTo("rapport: " + I18n.t("syncing.failure.wrongPassphrase"));
    }

    @Test
    void withNoFolderGivenOrRememberedItSaysHowToGiveOne() {
        env.put(SyncCommand.PASSPHRASE, "folder secret");
        assertThat(run()).isEqualTo(1);
        assertThat(err.strip()).isEqualTo("rapport: " + I18n.t("cli.sync.noFolder"));
        assertThat(engine.calls).isEmpty();
    }

    @Test
    void aFolderThatIsNotThereIsRefusedAndNotRemembered() {
        Path missing = dir.resolve("nowhere");
        env.put(SyncCommand.PASSPHRASE, "folder secret");
        assertThat(run("--folder", missing.toString())).isEqualTo(1);
        assertThat(err.strip()).isEqualTo("rapport: " + I18n.t("syncing.failure.folderMissing", missing.toString()));
        try (JournalSession session = JournalSession.open(journal)) {
            assertThat(session.settings().get(SyncSettings.FOLDER)).isEmpty();
        }
    }

    @Test
    void thePassphraseIsAskedAtTheTerminalWhenTheEnvironmentHasNone() {
        typed.push("typed secret");
        assertThat(run("--folder", folder.toString())).as(err).isZero();
        assertThat(engine.calls.get(0).passphrase()).isEqualTo("typed secret");
    }

    @Test
    void withNoPassphraseAnywhereItSaysWhereToPutOne() {
        assertThat(run("--folder", folder.toString())).isEqualTo(1);
        assertThat(err.strip()).isEqualTo("rapport: " + I18n.t("cli.sync.passphraseNeeded", SyncCommand.PASSPHRASE));
        assertThat(engine.calls).isEmpty();
    }

    @Test
    void anEncryptedJournalSyncsUnderItsOwnPassphrase() {
        env.put(Passphrases.NEW, "the journal passphrase");
        assertThat(RapportCommand.run(new String[]{"encrypt", "--journal", journal.toString()}, (j, d) -> { },
                new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true), "en")).isZero();
        env.put(Passphrases.CURRENT, "the journal passphrase");
        env.put(SyncCommand.PASSPHRASE, "not this one");
        assertThat(run("--folder", folder.toString())).as(err).isZero();
        assertThat(engine.calls.get(0).passphrase()).isEqualTo("the journal passphrase");
    }
}
