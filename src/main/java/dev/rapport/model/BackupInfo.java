package dev.rapport.model;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** A backup file of a journal and when it was taken. */
public record BackupInfo(Path file, LocalDateTime takenAt, boolean beforeUpgrade, long bytes) {
}
