package dev.rapport.store;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.KeyPattern;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Interaction;
import dev.rapport.model.JournalFilter;
import dev.rapport.model.JournalOpenException;
import dev.rapport.model.JournalOpenException.Reason;
import dev.rapport.model.Mood;
import dev.rapport.model.RapportException;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The encrypted journal: nothing readable in the file, tampering refused, passphrases, conversion, backups. */
class EncryptedJournalTest {
    private static final String NOTE = "Budget escalation to the supervisory board, keep quiet";
    private static final String NAME = "Olena Kovalenko";
    private static final String CYRILLIC = "Олена";
    private static final String EMAIL = "olena.kovalenko@acme.example";

    @TempDir
    Path dir;

    private Path journalWithSecrets(String passphrase) {
        Path file = dir.resolve("secret.rapport");
        try (Journal journal = Journal.openEncrypted(file, passphrase.toCharArray())) {
            fill(journal);
        }
        return file;
    }

    private static void fill(Journal journal) {
        Client client = new ClientRepository(journal).save(Client.create("Acme Holdings"));
        Contact olena = new ContactRepository(journal).save(new Contact(0, client.id(), NAME, "CFO", EMAIL, "",
                Channel.EMAIL, "", "", true));
        new ContactRepository(journal).save(new Contact(0, client.id(), CYRILLIC + " Коваленко", "", "", "",
                Channel.CALL, "", "", false));
        new InteractionRepository(journal).save(new Interaction(0, client.id(), LocalDateTime.of(2026, 11, 2, 10, 0),
                Channel.MEETING, "Quarterly review", "Summary for the client", NOTE, List.of("budget"), Mood.POSITIVE,
                List.of(olena.id())));
    }

    private static int entries(Journal journal) {
        return new InteractionRepository(journal).count(JournalFilter.ALL);
    }

    @Test
    void theFileHoldsNoneOfTheNotesNamesOrEmails() throws IOException {
        Path file = journalWithSecrets("correct horse");
        byte[] raw = Files.readAllBytes(file);
        assertThat(Journal.isEncrypted(file)).isTrue();
        assertNoSecrets(raw);
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
                .as("no WAL, temporary or plain copy beside it").containsExactlyInAnyOrder("secret.rapport", "secret.rapport.lock");
    }

    static void assertNoSecrets(byte[] raw) {
        for (String secret : List.of(NOTE, NAME, CYRILLIC, EMAIL, "Acme", "SQLite format 3")) {
            for (Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                assertThat(indexOf(raw, secret.getBytes(cs))).as(secret + " in " + cs).isEqualTo(-1);
            }
        }
    }

    @Test
    void aPlainCopyOfTheSameJournalDoesHoldThem() throws IOException {
        // The search above can fail: the same data in a plain journal is found.
        Path plain = dir.resolve("plain.rapport");
        try (Journal journal = Journal.open(plain)) {
            fill(journal);
            journal.backupTo(dir.resolve("copy.rapport"));
        }
        byte[] raw = Files.readAllBytes(dir.resolve("copy.rapport"));
        assertThat(indexOf(raw, NOTE.getBytes(StandardCharsets.UTF_8))).isNotNegative();
        assertThat(indexOf(raw, CYRILLIC.getBytes(StandardCharsets.UTF_8))).isNotNegative();
    }

    @Test
    void theRightPassphraseOpensItAndAWrongOneIsRefused() {
        Path file = journalWithSecrets("correct horse");
        assertThatThrownBy(() -> Journal.openEncrypted(file, "correct hose".toCharArray()))
                .isInstanceOfSatisfying(JournalOpenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSPHRASE))
                .satisfies(e -> assertThat(e.getMessage()).containsPattern(KeyPattern.of("security.wrongFor", KeyPattern.ANY)));
        try (Journal journal = Journal.openEncrypted(file, "correct horse".toCharArray())) {
            assertThat(entries(journal)).isEqualTo(1);
            assertThat(new ContactRepository(journal).forClient(1).stream().map(Contact::name))
                    .contains(NAME, CYRILLIC + " Коваленко");
            assertThat(journal.isEncrypted()).isTrue();
        }
    }

    @Test
    void openingWithoutAPassphraseSaysOneIsNeeded() {
        Path file = journalWithSecrets("pw");
        assertThatThrownBy(() -> Journal.open(file))
                .isInstanceOfSatisfying(JournalOpenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.PASSPHRASE_NEEDED))
                .hasMessageContaining("encrypted");
        assertThatThrownBy(() -> Journal.open(file, true)).isInstanceOf(JournalOpenException.class);
    }

    @Test
    void everyFlippedHeaderByteIsRefused() throws IOException {
        Path file = journalWithSecrets("pw");
        byte[] original = Files.readAllBytes(file);
        for (int i = 0; i < SealedJournal.HEADER_BYTES; i++) {
            byte[] doctored = original.clone();
            doctored[i] ^= 0x01;
            Files.write(file, doctored);
            int at = i;
            assertThatThrownBy(() -> Journal.openEncrypted(file, "pw".toCharArray()).close())
                    .as("flipped header byte " + at).isInstanceOf(JournalOpenException.class);
            assertThat(Files.readAllBytes(file)).as("left unchanged").isEqualTo(doctored);
        }
    }

    @ParameterizedTest(name = "a flipped byte at {0}‰ of the body")
    @ValueSource(ints = {0, 1, 500, 999})
    void aFlippedBodyByteIsRefusedAsTampered(int perMille) throws IOException {
        Path file = journalWithSecrets("pw");
        byte[] raw = Files.readAllBytes(file);
        int body = raw.length - SealedJournal.HEADER_BYTES;
        raw[SealedJournal.HEADER_BYTES + (int) ((long) body * perMille / 1000)] ^= (byte) 0x80;
        Files.write(file, raw);
        // The first chunk cannot tell a changed byte from a wrong key; after it, the key is proven right.
        assertThatThrownBy(() -> Journal.openEncrypted(file, "pw".toCharArray()))
                .isInstanceOfSatisfying(JournalOpenException.class, e -> assertThat(e.reason()).isIn(Reason.WRONG_PASSPHRASE, Reason.DAMAGED))
                .hasMessageContaining("changed outside Rapport");
    }

    @Test
    void aFileCutInsideItsBaseIsRefused() throws IOException {
        Path file = journalWithSecrets("pw");
        byte[] raw = Files.readAllBytes(file);
        long baseEnd = baseEnd(file);
        Files.write(file, Arrays.copyOf(raw, (int) baseEnd - 1));
        assertThatThrownBy(() -> Journal.openEncrypted(file, "pw".toCharArray()))
                .isInstanceOfSatisfying(JournalOpenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED));
        Files.write(file, Arrays.copyOf(raw, 40));
        assertThatThrownBy(() -> Journal.openEncrypted(file, "pw".toCharArray()))
                .isInstanceOfSatisfying(JournalOpenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED));
    }

    static long baseEnd(Path file) throws IOException {
        try (var ch = java.nio.channels.FileChannel.open(file)) {
            return SealedJournal.readHeader(ch, file).baseEnd();
        }
    }

    @Test
    void aSaveAppendsAFreshlySealedRecordAndLeavesTheBaseAsItWas() throws IOException {
        Path file = journalWithSecrets("pw");
        byte[] before = Files.readAllBytes(file);
        try (Journal journal = Journal.openEncrypted(file, "pw".toCharArray())) {
            new ClientRepository(journal).save(Client.create("Beta"));
        }
        byte[] after = Files.readAllBytes(file);
        assertThat(after.length).isGreaterThan(before.length);
        assertThat(Arrays.copyOf(after, before.length)).as("everything written before, base and records").isEqualTo(before);
        try (Journal journal = Journal.openEncrypted(file, "pw".toCharArray())) {
            new ClientRepository(journal).save(Client.create("Gamma"));
        }
        byte[] third = Files.readAllBytes(file);
        int nonce = SealedJournal.RECORD_HEAD;
        assertThat(Arrays.copyOfRange(third, after.length + nonce, after.length + nonce + SealedJournal.NONCE_BYTES))
                .as("each record its own nonce")
                .isNotEqualTo(Arrays.copyOfRange(after, before.length + nonce, before.length + nonce + SealedJournal.NONCE_BYTES));
    }

    @Test
    void aChangedPassphraseRenewsTheSaltAndTheOldOneStopsWorking() throws IOException {
        Path file = journalWithSecrets("old pass");
        byte[] before = Files.readAllBytes(file);
        try (Journal journal = Journal.openEncrypted(file, "old pass".toCharArray())) {
            journal.changePassphrase("new pass".toCharArray());
            new ClientRepository(journal).save(Client.create("Beta"));
        }
        byte[] after = Files.readAllBytes(file);
        assertThat(Arrays.copyOfRange(after, 23, 39)).as("salt").isNotEqualTo(Arrays.copyOfRange(before, 23, 39));
        assertThatThrownBy(() -> Journal.openEncrypted(file, "old pass".toCharArray()))
                .satisfies(e -> assertThat(e.getMessage()).containsPattern(KeyPattern.of("security.wrongFor", KeyPattern.ANY)));
        try (Journal journal = Journal.openEncrypted(file, "new pass".toCharArray())) {
            assertThat(new ClientRepository(journal).all()).hasSize(2);
            assertThat(entries(journal)).isEqualTo(1);
        }
    }

    @Test
    void aFailedCompactionLeavesThePreviousFileAndForgetsTheChange() throws IOException {
        Path file = journalWithSecrets("pw");
        // A name so long that the temporary file beside it cannot be created: every compaction fails.
        Path longName = dir.resolve("j".repeat(240) + ".rapport");
        Files.move(file, longName);
        byte[] before = Files.readAllBytes(longName);
        try (Journal journal = Journal.openEncrypted(longName, "pw".toCharArray())) {
            ClientRepository clients = new ClientRepository(journal);
            assertThatThrownBy(() -> journal.changePassphrase("other".toCharArray())).isInstanceOf(RapportException.class)
                    .satisfies(e -> assertThat(e.getMessage()).matches(KeyPattern.of("security.error.nothingSaved",
                            I18n.t("files.notWritten", longName.getFileName().toString(), KeyPattern.ANY))));
            assertThat(clients.all()).hasSize(1);
            assertThat(journal.passphraseMatches("pw".toCharArray())).as("the old passphrase still holds").isTrue();
        }
        assertThat(Files.readAllBytes(longName)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aFailedAppendRollsTheWriteBackAndLeavesTheFileAsItWas() throws IOException {
        Path file = journalWithSecrets("pw");
        byte[] before = Files.readAllBytes(file);
        try (Journal journal = Journal.openEncrypted(file, "pw".toCharArray())) {
            ClientRepository clients = new ClientRepository(journal);
            journal.sealedStoreForTests().close(); // the file cannot be written any more
            assertThatThrownBy(() -> clients.save(Client.create("Never saved"))).isInstanceOf(RapportException.class)
                    .satisfies(e -> assertThat(e.getMessage()).matches(KeyPattern.of("security.error.notSaved", KeyPattern.ANY)));
            assertThat(clients.all()).as("the change is not kept in memory either").extracting(Client::name)
                    .containsExactly("Acme Holdings");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Journal journal = Journal.openEncrypted(file, "pw".toCharArray())) {
            assertThat(new ClientRepository(journal).all()).extracting(Client::name).containsExactly("Acme Holdings");
        }
    }

    @Test
    void aTemporaryFileLeftByAKilledSaveIsRemovedOnTheNextOpen() throws IOException {
        Path file = journalWithSecrets("pw");
        Path leftover = dir.resolve(".secret.rapport.123456789.tmp");
        Path unrelated = dir.resolve(".other.rapport.1.tmp");
        Files.write(leftover, new byte[]{1, 2, 3});
        Files.write(unrelated, new byte[]{1});
        Journal.openEncrypted(file, "pw".toCharArray(), true).close();
        assertThat(leftover).as("a reader does not touch it").exists();
        Journal.openEncrypted(file, "pw".toCharArray()).close();
        assertThat(leftover).doesNotExist();
        assertThat(unrelated).exists();
    }

    @Test
    void aBackupOfAnEncryptedJournalIsEncryptedToo() throws IOException {
        Path file = journalWithSecrets("pw");
        Path backup = dir.resolve("backups/secret-copy.rapport");
        try (Journal journal = Journal.openEncrypted(file, "pw".toCharArray())) {
            journal.backupTo(backup);
        }
        assertThat(Journal.isEncrypted(backup)).isTrue();
        assertNoSecrets(Files.readAllBytes(backup));
        try (Journal copy = Journal.openEncrypted(backup, "pw".toCharArray(), true)) {
            assertThat(entries(copy)).isEqualTo(1);
            assertThatThrownBy(() -> new ClientRepository(copy).save(Client.create("x"))).hasMessage(I18n.t("files.journal.openedReadOnly"));
        }
    }

    @Test
    void convertingPlainToEncryptedAndBackKeepsEverything() throws IOException {
        Path file = dir.resolve("j.rapport");
        try (Journal journal = Journal.open(file)) {
            fill(journal);
        }
        List<Double> steps = new java.util.ArrayList<>();
        EncryptedJournals.encrypt(file, "pw".toCharArray(), (step, fraction) -> steps.add(fraction));
        assertThat(steps).isSorted().last().isEqualTo(1.0);
        assertThat(Journal.isEncrypted(file)).isTrue();
        assertNoSecrets(Files.readAllBytes(file));
        assertThat(Files.exists(dir.resolve("j.rapport-wal"))).isFalse();
        try (Journal journal = Journal.openEncrypted(file, "pw".toCharArray())) {
            assertThat(entries(journal)).isEqualTo(1);
            new ClientRepository(journal).save(Client.create("Added while encrypted"));
        }
        assertThatThrownBy(() -> EncryptedJournals.decrypt(file, "wrong".toCharArray(), EncryptedJournals.Progress.NONE))
                .satisfies(e -> assertThat(e.getMessage()).containsPattern(KeyPattern.of("security.wrongFor", KeyPattern.ANY)));
        EncryptedJournals.decrypt(file, "pw".toCharArray(), EncryptedJournals.Progress.NONE);
        assertThat(Journal.isEncrypted(file)).isFalse();
        assertThat(Journal.integrityCheck(file)).isEqualTo("ok");
        try (Journal journal = Journal.open(file)) {
            assertThat(entries(journal)).isEqualTo(1);
            assertThat(new ClientRepository(journal).all()).hasSize(2);
            assertThat(new InteractionRepository(journal).page(JournalFilter.ALL, 10, 0).get(0).interaction().privateNotes())
                    .isEqualTo(NOTE);
        }
    }

    @Test
    void convertingRefusesTheWrongKindOfFile() {
        Path file = journalWithSecrets("pw");
        assertThatThrownBy(() -> EncryptedJournals.encrypt(file, "x".toCharArray(), EncryptedJournals.Progress.NONE))
                .hasMessage(I18n.t("security.error.alreadyEncrypted", file.getFileName().toString()));
        assertThatThrownBy(() -> EncryptedJournals.decrypt(dir.resolve("none.rapport"), "x".toCharArray(),
                EncryptedJournals.Progress.NONE)).hasMessage(I18n.t("files.journal.missing", dir.resolve("none.rapport").toAbsolutePath().normalize().toString()));
    }

    @Test
    void theProductionKeyCostIsArgon2idAt64MiB3Passes4Lanes() {
        assertThat(Argon2Cost.DEFAULT).isEqualTo(new Argon2Cost(65536, 3, 4));
        assertThat(Argon2Cost.forNewJournals()).as("the suite seals with the light cost (LightKeyCost)").isEqualTo(Argon2Cost.LIGHT);
        SealedFile.Sealer sealer = SealedFile.Sealer.create("pw".toCharArray(), Argon2Cost.DEFAULT);
        byte[] sealed = sealer.seal("image".getBytes(StandardCharsets.UTF_8));
        assertThat(SealedFile.costOf(sealed, dir)).isEqualTo(Argon2Cost.DEFAULT);
        assertThat(SealedFile.open(sealed, "pw".toCharArray(), dir).plain()).isEqualTo("image".getBytes(StandardCharsets.UTF_8));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
