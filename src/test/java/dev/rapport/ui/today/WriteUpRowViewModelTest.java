package dev.rapport.ui.today;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.logic.TodayPage;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Meeting;
import dev.rapport.model.TodayItem;
import dev.rapport.model.WriteUp;
import dev.rapport.ui.UiTestSupport;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.common.Said;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Today's write-up row in its view-model: it hands the waiting write-up to the sheet, and dismisses it with an Undo, off the FX thread. */
class WriteUpRowViewModelTest {
    @TempDir
    Path dir;

    private JournalSession session;
    private final Queue<Runnable> queued = new ArrayDeque<>();
    private TodayViewModel model;
    private TodayItem row;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void journal() {
        session = UiTestSupport.journal(dir);
        Client acme = session.clients().save(Client.create("Acme Logistics"));
        Contact ilona = session.contacts().save(Contact.create(acme.id(), "Ilona Kask"));
        ZonedDateTime end = session.clock().instant().minusSeconds(15 * 60).atZone(session.clock().getZone());
        session.meetings().store(List.of(new Meeting(0, "review", acme.id(), "Quarterly review", end.minusHours(1), end, "",
                List.of(ilona.id()), null)));
        row = TodayPage.of(session).items(TodayPage.Section.WRITE_UPS).get(0);
        model = new TodayViewModel(session, new Background(queued::add), new RecordingNavigator());
    }

    @AfterEach
    void close() {
        session.close();
    }

    private void fx(Runnable call) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            call.run();
            while (!queued.isEmpty()) {
                queued.remove().run();
            }
        }).get();
    }

    @Test
    void theRowHandsItsWaitingWriteUpToTheSheet() throws Exception {
        List<WriteUp> opened = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> model.writeUp(row, opened::add)).get();
        assertThat(queued).as("read off the FX thread").hasSize(1);
        assertThat(opened).isEmpty();
        fx(() -> { });
        assertThat(opened).extracting(WriteUp::meetingId, WriteUp::clientId, WriteUp::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(row.itemId(), row.clientId(), "Quarterly review"));
    }

    @Test
    void dismissingLeavesTheRowAndUndoBringsItBack() throws Exception {
        fx(() -> model.dismissWriteUp(row));
        Said said = WaitForAsyncUtils.asyncFx(() -> model.saidProperty().get()).get();
        assertThat(said.text()).isEqualTo(I18n.t("writeup.today.dismissed", "Quarterly review"));
        assertThat(TodayPage.of(session).items(TodayPage.Section.WRITE_UPS)).isEmpty();

        fx(said.undo());
        assertThat(TodayPage.of(session).items(TodayPage.Section.WRITE_UPS)).extracting(TodayItem::itemId).containsExactly(row.itemId());
    }

    @Test
    void aWriteUpThatNoLongerWaitsIsSaidSo() throws Exception {
        session.writeUps().dismiss(session.writeUps().pending().get(0));
        List<WriteUp> opened = new ArrayList<>();
        fx(() -> model.writeUp(row, opened::add));
        assertThat(opened).isEmpty();
        assertThat(WaitForAsyncUtils.asyncFx(() -> model.saidProperty().get()).get().text()).isEqualTo(I18n.t("writeup.today.gone"));
    }
}
