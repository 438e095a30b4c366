package dev.rapport.ui;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.BackupService;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.BackupInfo;
import dev.rapport.ui.common.Background;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * After the window shows: the full integrity check (it reads every page, so not before the first
 * frame), then the daily backup with rotation. A failed check offers the newest sound backup.
 */
final class StartupMaintenance {
    private static final Logger LOG = Logger.getLogger(StartupMaintenance.class.getName());

    private final JournalSession session;
    private final Background background;
    private final MainView main;
    private final JournalActions actions;

    StartupMaintenance(JournalSession session, Background background, MainView main, JournalActions actions) {
        this.session = session;
        this.background = background;
        this.main = main;
        this.actions = actions;
    }

    private record Outcome(String check, BackupInfo newestSound, java.time.LocalDateTime lastChange) {
    }

    void run() {
        background.run(this::checkAndBackUp, this::report, t -> LOG.log(Level.WARNING, "Start-up maintenance failed", t));
    }

    private Outcome checkAndBackUp() {
        String check = session.quickCheck();
        if (!"ok".equals(check)) {
            // A damaged journal is not copied over the good backups; find the newest sound one instead.
            BackupInfo sound = session.backups().list().stream()
                    .filter(b -> "ok".equals(dev.rapport.logic.BackupService.checkFile(b.file())))
                    .findFirst().orElse(null);
            return new Outcome(check, sound, session.backups().journalLastChange());
        }
        if (session.readOnlyNotice() == null) {
            // A journal that cannot be written here sits in a folder that cannot take a backup either.
            var settings = session.settings().current();
            session.backups().automaticBackup(settings.backupsDaily(), settings.backupsWeekly());
        }
        return new Outcome(check, null, null);
    }

    /** The offer to restore says what it would lose: the changes made after the backup was taken. */
    static String restoreQuestion(java.time.LocalDateTime taken, java.time.LocalDateTime changed) {
        String backupTime = dev.rapport.ui.common.Formats.dateTime(taken);
        if (changed != null && !taken.isBefore(changed.truncatedTo(java.time.temporal.ChronoUnit.SECONDS))) {
            return I18n.t("backup.damaged.restore", backupTime);
        }
        return I18n.t("backup.damaged.restoreLoses", backupTime,
                changed == null ? I18n.t("files.lastChange.unknown") : dev.rapport.ui.common.Formats.dateTime(changed));
    }

    private void report(Outcome outcome) {
        if ("ok".equals(outcome.check())) {
            if (session.readOnlyNotice() == null) {
                dev.rapport.ui.data.MailFolderReading.of(main.context()).onStart();
                dev.rapport.ui.settings.CalendarSettingsModel.of(main.context()).start(dev.rapport.ui.common.Ticker.whileShown(main));
                dev.rapport.ui.settings.SyncSettingsModel.of(main.context()).start(dev.rapport.ui.common.Ticker.whileShown(main));
            }
            if (session.readOnlyNotice() != null) {
                main.context().dialogs().info(I18n.t("app.title.readOnly"), session.readOnlyNotice());
            }
            return;
        }
        LOG.warning("The journal failed its integrity check");
        var dialogs = main.context().dialogs();
        if (outcome.newestSound() == null) {
            dialogs.error(I18n.t("backup.damaged"), I18n.t("backup.damaged.noBackup"));
        } else if (dialogs.confirm(I18n.t("backup.damaged"), restoreQuestion(outcome.newestSound().takenAt(), outcome.lastChange()), I18n.t("backup.damaged.restoreAction"))) {
            actions.restore(outcome.newestSound().file());
        }
    }
}
