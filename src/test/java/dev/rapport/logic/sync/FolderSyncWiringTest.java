package dev.rapport.logic.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.JournalChanges;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.Interaction;
import dev.rapport.model.JournalFilter;
import dev.rapport.model.JournalEntry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two real journal files and one sync folder, each journal with its own real wiring. */
class FolderSyncWiringTest {
    @TempDir
    Path dir;

    private Path folder;
    private JournalSession a;
    private JournalSession b;
    private final FolderSyncWiring wiringA = new FolderSyncWiring();
    private final FolderSyncWiring wiringB = new FolderSyncWiring();

    @BeforeEach
    void setUp() throws Exception {
        I18n.use(Language.ENGLISH);
        folder = Files.createDirectory(dir.resolve("Sync"));
        a = JournalSession.open(dir.resolve("a.rapport"));
        b = JournalSession.open(dir.resolve("b.rapport"));
    }

    @AfterEach
    void tearDown() {
        a.close();
        b.close();
    }

    private SyncRound.Report roundA() {
        return wiringA.round(a).run(folder, "Laptop", "folder secret".toCharArray(), SyncRound.Progress.NONE, () -> false);
    }

    private SyncRound.Report roundB() {
        return wiringB.round(b).run(folder, "Desk-PC", "folder secret".toCharArray(), SyncRound.Progress.NONE, () -> false);
    }

    private static Client client(String name, String notes, Client like) {
        return new Client(like.id(), name, like.status(), false, "", notes, like.rhythm());
    }

    @Test
    void aClientAndAnEntryMadeOnOneDeviceAppearOnTheOtherAndItsScreensHearOfIt() {
        Client acme = a.clients().save(Client.create("Acme"));
        a.interactions().save(new Interaction(0, acme.id(), ZonedDateTime.parse("2026-11-02T09:00:00Z"), Channel.CALL, "Kickoff call", "",
                "", List.of(), null, List.of()));
        List<JournalChanges.Change> heard = new ArrayList<>();
        b.changes().listen(heard::add);

        SyncRound.Report sent = roundA();
        assertThat(sent.sent()).isPositive();
        assertThat(sent.received()).isZero();
        SyncRound.Report got = roundB();

        assertThat(got.received()).isPositive();
        Client there = b.clients().byName("Acme");
        List<JournalEntry> entries = b.interactions().page(new JournalFilter(there.id(), null, null, null, null), 10, 0);
        assertThat(entries).extracting(e -> e.interaction().title()).containsExactly("Kickoff call");
        assertThat(got.devices()).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("Laptop");
            assertThat(d.lastWrote()).isNotNull();
        });
        assertThat(heard).anySatisfy(c -> assertThat(c.kinds()).contains(JournalChanges.Kind.CLIENTS, JournalChanges.Kind.ENTRIES));

        // nothing new: a second round sends and receives nothing
        assertThat(roundA().sent()).isZero();
        assertThat(roundB().received()).isZero();
    }

    @Test
    void aJournalThatSyncedCapturesWritesMadeBetweenRoundsAfterItIsOpenedAgain() {
        a.clients().save(Client.create("Acme"));
        roundA();
        a.close();
        a = JournalSession.open(dir.resolve("a.rapport"));
        a.clients().save(Client.create("Globex")); // no round has run in this session yet
        roundA();
        roundB();
        assertThat(b.clients().all()).extracting(Client::name).contains("Acme", "Globex");
    }

    @Test
    void anEditOfTheSameFieldOnBothSettlesTheSameAndTheLoserCanBeTakenBack() {
        Client acme = a.clients().save(Client.create("Acme"));
        roundA();
        roundB();
        Client onB = b.clients().byName("Acme");
        a.clients().save(client("Acme", "from the laptop", acme));
        b.clients().save(client("Acme", "from the desk", onB));

        roundA();
        SyncRound.Report round = roundB();
        roundA();

        String kept = a.clients().byName("Acme").notes();
        assertThat(b.clients().byName("Acme").notes()).isEqualTo(kept);
        String lost = kept.equals("from the laptop") ? "from the desk" : "from the laptop";
        assertThat(round.concurrentEdits()).anySatisfy(e -> assertThat(e.overwritten()).isEqualTo(lost));

        SyncRound.ConcurrentEdit edit = wiringB.history(b).recent(20).stream().filter(e -> e.overwritten().equals(lost)).findFirst()
                .orElseThrow();
        assertThat(edit.kept()).isEqualTo(kept);
        assertThat(edit.field()).isEqualTo("notes");
        assertThat(edit.row()).isEqualTo(I18n.t("syncing.table.client") + ": Acme");
        assertThat(List.of(edit.keptBy(), edit.overwrittenBy())).containsExactlyInAnyOrder("Laptop", "Desk-PC");
        // opened again, before any round: the devices' names are still known
        b.close();
        b = JournalSession.open(dir.resolve("b.rapport"));
        assertThat(new FolderSyncWiring().history(b).recent(20)).filteredOn(e -> e.overwritten().equals(lost))
                .singleElement().satisfies(e -> assertThat(List.of(e.keptBy(), e.overwrittenBy())).containsExactlyInAnyOrder("Laptop", "Desk-PC"));

        wiringB.history(b).takeBack(edit.id());
        assertThat(b.clients().byName("Acme").notes()).isEqualTo(lost);
        roundB();
        roundA();
        assertThat(a.clients().byName("Acme").notes()).isEqualTo(lost);
        assertThat(b.clients().byName("Acme").notes()).isEqualTo(lost);
    }

    @Test
    void anOverwrittenValueOfADeletedRowOrAnUnknownEditIsNotTakenBack() {
        Client acme = a.clients().save(Client.create("Acme"));
        roundA();
        roundB();
        a.clients().save(client("Acme", "from the laptop", acme));
        b.clients().save(client("Acme", "from the desk", b.clients().byName("Acme")));
        roundA();
        roundB();
        SyncRound.ConcurrentEdit edit = wiringB.history(b).recent(20).stream()
                .filter(e -> e.overwritten().startsWith("from the")).findFirst().orElseThrow();
        b.deleteClient(b.clients().byName("Acme").id());

        assertThatThrownBy(() -> wiringB.history(b).takeBack(edit.id())).hasMessage(I18n.t("syncing.takeBack.deleted"));
        assertThatThrownBy(() -> wiringB.history(b).takeBack("999999")).hasMessage(I18n.t("syncing.takeBack.gone"));
        assertThat(b.clients().all()).isEmpty();
    }

    @Test
    void aWrongPassphraseIsRefusedByItsKey() {
        a.clients().save(Client.create("Acme"));
        roundA();
        assertThatThrownBy(() -> wiringB.round(b).run(folder, "Desk-PC", "not it".toCharArray(), SyncRound.Progress.NONE, () -> false))
                .isInstanceOfSatisfying(SyncRound.Failure.class, f -> assertThat(f.key()).isEqualTo("syncing.failure.wrongPassphrase"));
        assertThat(b.clients().all()).isEmpty();
    }

    @Test
    void aFolderThatIsNotThereAndACancelledRoundAreRefusedByTheirKeys() {
        Path missing = dir.resolve("nowhere");
        assertThatThrownBy(() -> wiringA.round(a).run(missing, "Laptop", "s".toCharArray(), SyncRound.Progress.NONE, () -> false))
                .isInstanceOfSatisfying(SyncRound.Failure.class, f -> assertThat(f.key()).isEqualTo("syncing.failure.folderMissing"));
        assertThatThrownBy(() -> wiringA.round(a).run(folder, "Laptop", "s".toCharArray(), SyncRound.Progress.NONE, () -> true))
                .isInstanceOfSatisfying(SyncRound.Failure.class, f -> assertThat(f.key()).isEqualTo("syncing.failure.cancelled"));
    }
}
