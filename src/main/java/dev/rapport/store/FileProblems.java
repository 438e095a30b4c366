package dev.rapport.store;

import dev.rapport.i18n.I18n;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Why a file could not be read or written, in the user's words and language: the operating
 * system's reasons (permission denied, not found, a folder, a full or read-only disk), never a
 * library's class name. The full detail goes to the log.
 */
public final class FileProblems {
    private FileProblems() {
    }

    /** A short reason, such as "permission denied", to follow a file's name. */
    public static String why(IOException e) {
        if (e instanceof AccessDeniedException) {
            return I18n.t("files.why.permission");
        }
        if (e instanceof NoSuchFileException) {
            return I18n.t("files.why.notFound");
        }
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage());
        if (isDiskFull(reason)) {
            return I18n.t("files.why.diskFull");
        }
        if (reason.contains("Read-only file system")) {
            return I18n.t("files.why.readOnlyMedia");
        }
        if (reason.contains("Permission denied") || reason.contains("Operation not permitted")) {
            return I18n.t("files.why.permission");
        }
        if (reason.contains("Is a directory")) {
            return I18n.t("files.why.folder");
        }
        return I18n.t("files.why.other", reason);
    }

    /** "Cannot read X: permission denied." */
    public static String cannotRead(Path file, IOException e) {
        return I18n.t("files.cannotRead", file.toString(), why(e));
    }

    /** What went wrong writing {@code target}, and what to do; nothing was changed. */
    public static String cannotWrite(Path target, IOException e) {
        String reason = e.getMessage() == null ? "" : e.getMessage();
        Path folder = target.toAbsolutePath().getParent();
        if (isDiskFull(reason)) {
            return I18n.t("files.diskFull", String.valueOf(folder), String.valueOf(target.getFileName()));
        }
        if (e instanceof AccessDeniedException || reason.contains("Read-only file system") || reason.contains("Permission denied")
                || reason.contains("Operation not permitted")) {
            return I18n.t("files.noPermission", String.valueOf(folder), String.valueOf(target.getFileName()));
        }
        return I18n.t("files.notWritten", String.valueOf(target.getFileName()), why(e));
    }

    /** True when an error, or one of its causes, says the disk is full. */
    public static boolean isDiskFull(Throwable t) {
        for (Throwable cause = t; cause != null; cause = cause.getCause()) {
            if (isDiskFull(String.valueOf(cause.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDiskFull(String message) {
        return message.contains("No space left") || message.contains("Disk quota exceeded") || message.contains("SQLITE_FULL")
                || message.contains("database or disk is full");
    }
}
