package dev.rapport.ui.today;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.logic.TodayPage;
import dev.rapport.model.Client;
import dev.rapport.model.Problem;
import dev.rapport.model.ProblemStatus;
import dev.rapport.model.Promise;
import dev.rapport.model.PromiseOutcome;
import dev.rapport.model.RaisedBy;
import dev.rapport.model.Request;
import dev.rapport.model.TodayItem;
import dev.rapport.ui.UiTestSupport;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.common.Said;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Today's view-model without a window: the page it loads, the row actions with what they say and
 * their undo, and that every journal call waits for the background rather than running in the caller.
 */
class TodayViewModelTest {
    @TempDir
    Path dir;

    private JournalSession session;
    private final Queue<Runnable> queued = new ArrayDeque<>();
    private final RecordingNavigator navigator = new RecordingNavigator();
    private TodayViewModel model;
    private Client acme;
    private LocalDate today;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // results come back through the FX thread; no window is shown
    }

    @BeforeEach
    void journal() {
        session = UiTestSupport.journal(dir);
        today = session.today();
        acme = session.clients().save(Client.create("Acme Logistics"));
        model = new TodayViewModel(session, new Background(queued::add), navigator);
    }

    @AfterEach
    void close() {
        session.close();
    }

    /** Calls the view-model on the FX thread, then lets the background do what was asked of it. */
    private <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            T result = call.call();
            while (!queued.isEmpty()) {
                queued.remove().run();
            }
            return result;
        }).get();
    }

    private void fx(Runnable call) throws Exception {
        fx(() -> {
            call.run();
            return null;
        });
    }

    @Test
    void reloadBringsThePageTheCommandLinePrints() throws Exception {
        Promise late = session.ledger().save(Promise.create(acme.id(), "Send the plan", today.minusDays(10), today.minusDays(2)));
        fx(model::reload);
        TodayPage page = fx(() -> model.pageProperty().get());
        assertThat(page).isEqualTo(TodayPage.of(session));
        assertThat(page.sections()).containsExactly(TodayPage.Section.OVERDUE);
        assertThat(page.items(TodayPage.Section.OVERDUE)).extracting(TodayItem::itemId).containsExactly(late.id());
    }

    @Test
    void nothingIsReadOrWrittenUntilTheBackgroundRunsIt() throws Exception {
        Promise due = session.ledger().save(Promise.create(acme.id(), "Send the plan", today.minusDays(10), today));
        WaitForAsyncUtils.asyncFx(() -> {
            model.reload();
            model.markKept(due.id());
        }).get();
        assertThat(queued).hasSize(2);
        assertThat(session.ledger().promise(due.id()).outcome()).isEqualTo(PromiseOutcome.OPEN);
        assertThat(fx(() -> model.pageProperty().get())).isNull();
        fx(() -> { });
        assertThat(fx(() -> model.pageProperty().get())).isNotNull();
        assertThat(session.ledger().promise(due.id()).outcome()).isEqualTo(PromiseOutcome.KEPT);
    }

    @Test
    void markKeptSaysWhatWasKeptAndUndoOpensItAgain() throws Exception {
        Promise due = session.ledger().save(Promise.create(acme.id(), "Send the plan", today.minusDays(10), today));
        fx(() -> model.markKept(due.id()));
        Said said = fx(() -> model.saidProperty().get());
        assertThat(said.text()).isEqualTo(I18n.t("today.status.kept", "Send the plan"));
        assertThat(session.ledger().promise(due.id()).outcome()).isEqualTo(PromiseOutcome.KEPT);

        fx(said.undo());
        assertThat(session.ledger().promise(due.id()).outcome()).isEqualTo(PromiseOutcome.OPEN);
    }

    @Test
    void acknowledgingARequestStampsItAndUndoTakesTheStampBack() throws Exception {
        Request asked = session.ledger().save(Request.create(acme.id(), session.clock().instant().minusSeconds(3600), List.of("Where is it?")));
        fx(() -> model.acknowledge(asked.id()));
        assertThat(session.ledger().request(asked.id()).acknowledgedAt()).isNotNull();
        Said said = fx(() -> model.saidProperty().get());
        fx(said.undo());
        assertThat(session.ledger().request(asked.id()).acknowledgedAt()).isNull();
    }

    @Test
    void resolvingAProblemClosesItAndUndoReopensIt() throws Exception {
        Problem problem = session.ledger().save(Problem.create(acme.id(), RaisedBy.CLIENT, today.minusDays(3), "Invoices doubled"));
        fx(() -> model.resolve(problem.id()));
        assertThat(session.ledger().problem(problem.id()).status()).isEqualTo(ProblemStatus.RESOLVED);
        assertThat(fx(() -> model.saidProperty().get()).text()).isEqualTo(I18n.t("today.status.resolved"));
        fx(fx(() -> model.saidProperty().get()).undo());
        assertThat(session.ledger().problem(problem.id()).status()).isEqualTo(problem.status());
    }

    @Test
    void anActionOnARowThatIsGoneSaysSoWithoutUndo() throws Exception {
        fx(() -> model.markKept(9_999));
        Said said = fx(() -> model.saidProperty().get());
        assertThat(said.text()).isEqualTo(I18n.t("ledger.error.promiseGone"));
        assertThat(said.undo()).isNull();
    }

    @Test
    void theSameWordsTwiceAreSaidTwice() throws Exception {
        fx(() -> model.markKept(9_999));
        Said first = fx(() -> model.saidProperty().get());
        fx(() -> model.markKept(9_999));
        assertThat(fx(() -> model.saidProperty().get())).isNotSameAs(first);
    }

    @Test
    void openingAPromiseHandsTheStoredOneToTheSheet() throws Exception {
        Promise due = session.ledger().save(Promise.create(acme.id(), "Send the plan", today.minusDays(10), today));
        List<Promise> opened = new java.util.ArrayList<>();
        fx(() -> model.promise(due.id(), opened::add));
        assertThat(opened).containsExactly(session.ledger().promise(due.id()));
    }

    @Test
    void rowsLeadToTheirClientHealthAndANewEntry() throws Exception {
        fx(() -> {
            model.openClient(acme.id());
            model.openHealth();
            model.logContact(acme.id());
            model.logContact(null);
        });
        assertThat(navigator.went).containsExactly("client " + acme.id(), "health", "new entry " + acme.id(), "new entry null");
    }
}
