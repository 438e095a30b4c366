package dev.rapport.logic;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.KeyPattern;
import dev.rapport.model.Client;
import dev.rapport.model.JournalOpenException;
import dev.rapport.model.RapportException;
import dev.rapport.model.ValidationException;
import dev.rapport.tools.demo.DemoJournal;
import dev.rapport.tools.demo.SyntheticJournal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Encryption through the session and the service: conversion with progress, backups, passphrases. */
class EncryptionServiceTest {
    private static final Clock DAY1 = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("UTC"));
    private static final char[] PASS = "correct horse battery".toCharArray();

    @TempDir
    Path dir;

    private Path demo() {
        Path file = dir.resolve("journal.rapport");
        try (JournalSession s = JournalSession.open(file, DAY1)) {
            DemoJournal.fill(s);
        }
        return file;
    }

    @Test
    void aDemoJournalEncryptedShowsTheSameFiguresAndLeaksNoName() throws Exception {
        Path file = demo();
        var before = stats(JournalSession.open(file, DAY1));
        List<String> steps = new ArrayList<>();
        EncryptionService.encrypt(file, PASS.clone(), (step, fraction) -> steps.add(Math.round(fraction * 100) + " " + step));
        assertThat(steps).first().asString().startsWith("5 ");
        assertThat(steps).last().isEqualTo("100 Done");
        assertThat(JournalSession.isEncrypted(file)).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        String raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("emaitis", "udget", "SQLite");
        try (JournalSession s = JournalSession.openEncrypted(file, PASS.clone(), DAY1)) {
            assertThat(s.isEncrypted()).isTrue();
            assertThat(s.stats().journal()).isEqualTo(before);
            assertThat(s.search().search("sarunas").contacts()).isNotEmpty();
        }
        EncryptionService.decrypt(file, PASS.clone(), EncryptionService.Progress.NONE);
        assertThat(stats(JournalSession.open(file, DAY1))).isEqualTo(before);
    }

    private static dev.rapport.model.JournalStats stats(JournalSession s) {
        try (s) {
            return s.stats().journal();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "short", "        "})
    void aWeakNewPassphraseIsRefusedAndNothingChanges(String weak) throws Exception {
        Path file = demo();
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> EncryptionService.encrypt(file, weak.toCharArray(), EncryptionService.Progress.NONE))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("passphrase"));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void backupsOfAnEncryptedJournalAreEncryptedAndRestoreWithThePassphrase() throws Exception {
        Path file = dir.resolve("journal.rapport");
        Path backup;
        try (JournalSession s = JournalSession.openEncrypted(file, PASS.clone(), DAY1)) {
            s.clients().save(Client.create("Acme Holdings"));
            backup = s.backups().automaticBackup(7, 4);
            s.clients().save(Client.create("Later"));
        }
        assertThat(JournalSession.isEncrypted(backup)).isTrue();
        assertThat(new String(Files.readAllBytes(backup), StandardCharsets.ISO_8859_1)).doesNotContain("Acme");
        assertThatThrownBy(() -> BackupService.preview(backup)).isInstanceOf(RapportException.class)
                .hasMessage(I18n.t("backup.preview.needsPassphrase", backup.getFileName().toString()));
        assertThatThrownBy(() -> BackupService.preview(backup, "nope nope".toCharArray()))
                .satisfies(e -> assertThat(e.getMessage()).containsPattern(KeyPattern.of("security.wrongFor", KeyPattern.ANY)));
        assertThat(BackupService.preview(backup, PASS.clone()).clients()).isEqualTo(1);
        Path aside = BackupService.restore(file, backup, DAY1, PASS.clone());
        assertThat(JournalSession.isEncrypted(aside)).isTrue();
        try (JournalSession s = JournalSession.openEncrypted(file, PASS.clone(), DAY1)) {
            assertThat(s.clients().all()).extracting(Client::name).containsExactly("Acme Holdings");
        }
    }

    @Test
    void aNewEncryptedJournalIsCreatedSealedAndTheLockKeepsASecondWriterOut() {
        Path file = dir.resolve("new.rapport");
        try (JournalSession s = JournalSession.openEncrypted(file, PASS.clone(), DAY1)) {
            assertThat(JournalSession.isEncrypted(file)).isTrue();
            assertThatThrownBy(() -> JournalSession.openEncrypted(file, PASS.clone()))
                    .isInstanceOfSatisfying(JournalOpenException.class,
                            e -> assertThat(e.reason()).isEqualTo(JournalOpenException.Reason.LOCKED));
            assertThatThrownBy(() -> EncryptionService.decrypt(file, PASS.clone(), EncryptionService.Progress.NONE))
                    .hasMessageContaining("already open");
            s.interactions().tags();
        }
    }

    @Test
    void changingThePassphraseThroughTheSessionChecksTheNewOne() {
        Path file = dir.resolve("j.rapport");
        try (JournalSession s = JournalSession.openEncrypted(file, PASS.clone(), DAY1)) {
            assertThatThrownBy(() -> s.changePassphrase("short".toCharArray())).isInstanceOf(ValidationException.class);
            assertThat(s.passphraseMatches(PASS.clone())).isTrue();
            s.changePassphrase("a brand new passphrase".toCharArray());
            assertThat(s.passphraseMatches(PASS.clone())).isFalse();
            assertThat(s.passphraseMatches("a brand new passphrase".toCharArray())).isTrue();
        }
        assertThatThrownBy(() -> JournalSession.openEncrypted(file, PASS.clone()))
                .satisfies(e -> assertThat(e.getMessage()).containsPattern(KeyPattern.of("security.wrongFor", KeyPattern.ANY)));
        JournalSession.openEncrypted(file, "a brand new passphrase".toCharArray()).close();
    }

    @Test
    void theSyntheticJournalEncryptsAndSavesAtScaleOne() {
        Path file = dir.resolve("bench.rapport");
        try (JournalSession s = JournalSession.openEncrypted(file, PASS.clone(), DAY1)) {
            SyntheticJournal.fill(s, SyntheticJournal.Scale.of(1), LocalDateTime.of(2026, 11, 25, 10, 0), 42);
            s.settings().put("x", "1");
        }
        try (JournalSession s = JournalSession.openEncrypted(file, PASS.clone(), DAY1)) {
            assertThat(s.interactions().count(dev.rapport.model.JournalFilter.ALL)).isEqualTo(1000);
            assertThat(s.settings().get("x")).contains("1");
        }
    }
}
