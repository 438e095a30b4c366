package dev.rapport.ui;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Meeting;
import dev.rapport.ui.notify.NoticeBell;
import dev.rapport.ui.notify.OsNotices;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A meeting's write-up notice in the window: the bell counts it and the operating system's notifications
 * get it (here a recorder in their place), once; headless, the real tray notifications show nothing and fail nothing.
 */
@ExtendWith(ApplicationExtension.class)
class WriteUpNoticeFlowTest {
    @TempDir
    Path dir;

    private JournalSession session;
    private final List<String> shown = new ArrayList<>();
    private OsNotices before;

    @Start
    void start(Stage stage) {
        before = OsNotices.install((title, text) -> shown.add(title + " | " + text));
        session = UiTestSupport.journal(dir);
        Client acme = session.clients().save(Client.create("Acme Logistics"));
        Contact ilona = session.contacts().save(Contact.create(acme.id(), "Ilona Kask"));
        // the test clock reads 10:00 UTC: the meeting ended at 09:45, so its notice was due at 09:55
        ZonedDateTime end = session.clock().instant().minusSeconds(15 * 60).atZone(session.clock().getZone());
        session.meetings().store(List.of(new Meeting(0, "review", acme.id(), "Quarterly review", end.minusHours(1), end, "",
                List.of(ilona.id()), null)));
        UiTestSupport.show(stage, session, new FakeDialogs());
    }

    @AfterEach
    void close() {
        OsNotices.install(before);
        session.close();
    }

    @Test
    void theWriteUpNoticeReachesTheBellAndTheOperatingSystemOnce(FxRobot robot) {
        NoticeBell bell = robot.lookup("#notices-bell").queryAs(NoticeBell.class);
        assertThat(bell.unread()).filteredOn(n -> n.isWriteUp()).singleElement()
                .satisfies(n -> assertThat(n.title()).isEqualTo(I18n.t("writeup.notice.title", "Quarterly review")));
        assertThat(shown).containsExactly(I18n.t("writeup.notice.title", "Quarterly review") + " | "
                + I18n.t("writeup.notice.text", "Acme Logistics", "09:45"));

        robot.interact(bell::check);
        assertThat(shown).as("given once").hasSize(1);
    }

    @Test
    void headlessTheTrayNotificationsShowNothingAndFailNothing() {
        OsNotices tray = before;
        tray.show("Write up: Quarterly review", "Acme Logistics");
        tray.close();
        assertThat(java.awt.GraphicsEnvironment.isHeadless()).isTrue();
    }
}
