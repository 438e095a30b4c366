package dev.rapport.ui;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.Dimension;
import dev.rapport.model.Interaction;
import dev.rapport.model.Problem;
import dev.rapport.model.ProblemStatus;
import dev.rapport.model.Promise;
import dev.rapport.model.PromiseOutcome;
import dev.rapport.model.Request;
import dev.rapport.ui.common.DateField;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The commitment ledger driven as a user: promises, problems, requests and the Today view. */
@ExtendWith(ApplicationExtension.class)
class LedgerFlowTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;

    private JournalSession session;
    private MainView main;
    private Client acme;
    private final FakeDialogs dialogs = new FakeDialogs();

    @Start
    void start(Stage stage) {
        session = UiTestSupport.journal(dir);
        acme = session.clients().save(Client.create("Acme Logistics"));
        main = UiTestSupport.show(stage, session, dialogs);
    }

    @AfterEach
    void close() {
        session.close();
    }

    /** Waits for a node the next layout pulse creates (tab headers, table rows), instead of racing it. */
    private static void await(FxRobot robot, String query) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("No " + query + " appeared", e);
        }
    }

    private static void typeDate(FxRobot robot, String query, LocalDate day) {
        DateField picker = robot.lookup(query).queryAs(DateField.class);
        robot.interact(() -> picker.getEditor().requestFocus());
        robot.write(dev.rapport.ui.common.Formats.date(day));
    }

    private static <T> void choose(FxRobot robot, String query, T value) {
        @SuppressWarnings("unchecked")
        ComboBox<T> box = robot.lookup(query).queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(value));
    }

    private static void tick(FxRobot robot, String query) {
        CheckBox box = robot.lookup(query).queryAs(CheckBox.class);
        robot.interact(box::fire);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private void openFirstRow(FxRobot robot, String table) {
        await(robot, table + " .table-row-cell");
        TableView<?> view = robot.lookup(table).queryAs(TableView.class);
        Node row = robot.lookup(table + " .table-row-cell").nth(0).query();
        assertThat(view.getItems()).isNotEmpty();
        robot.doubleClickOn(row, MouseButton.PRIMARY);
    }

    @Test
    void aPromiseMadeInAnInteractionIsKeptExceededInQualityAndReported(FxRobot robot) {
        Interaction meeting = session.interactions().save(new Interaction(0, acme.id(), LocalDateTime.of(2026, 11, 24, 10, 0),
                Channel.MEETING, "Depot review", "Agreed the pilot. I will send the rollout plan for Kaunas.", "", List.of(), null,
                List.of()));
        robot.interact(() -> main.editInteraction(meeting.id()));
        await(robot, "#entry-make-promise");
        // The button sits at the foot of the sheet, below the visible part: press it as Tab and Space would.
        robot.interact(() -> robot.lookup("#entry-make-promise").queryButton().fire());
        await(robot, "#promise-what");
        // The "I will…" sentence of the entry is proposed as the promise.
        TextArea what = robot.lookup("#promise-what").queryAs(TextArea.class);
        assertThat(what.getText()).isEqualTo("I will send the rollout plan for Kaunas.");
        robot.interact(what::clear);
        robot.clickOn("#promise-what").write("Send the rollout plan for Kaunas");
        typeDate(robot, "#promise-due", TODAY.plusDays(2));
        tick(robot, "#promise-understood");
        robot.clickOn("#form-save");
        Promise made = session.ledger().promises(null).get(0);
        assertThat(made.interactionId()).isEqualTo(meeting.id());
        assertThat(made.clientId()).isEqualTo(acme.id());
        assertThat(made.due()).isEqualTo(TODAY.plusDays(2));
        assertThat(made.understoodOn()).isEqualTo(TODAY);

        robot.interact(main::showPromises);
        assertThat(text(robot, "#promises-fig-kept")).isEqualTo("—");
        openFirstRow(robot, "#promises-table");
        await(robot, "#promise-outcome");
        choose(robot, "#promise-outcome", PromiseOutcome.KEPT);
        tick(robot, "#promise-exceeded-quality");
        tick(robot, "#promise-reported");
        UiTestSupport.type(robot, "#promise-report-note", "Added a risk map nobody asked for");
        robot.clickOn("#form-save");

        Promise kept = session.ledger().promise(made.id());
        assertThat(kept.outcome()).isEqualTo(PromiseOutcome.KEPT);
        assertThat(kept.decidedOn()).isEqualTo(TODAY);
        assertThat(kept.exceeded()).containsExactly(Dimension.QUALITY);
        assertThat(kept.reportedOn()).isEqualTo(TODAY);
        assertThat(kept.reportNote()).isEqualTo("Added a risk map nobody asked for");
        assertThat(text(robot, "#promises-fig-kept")).isEqualTo("100%");
        assertThat(text(robot, "#promises-fig-exceeded")).isEqualTo("100%");
        assertThat(text(robot, "#promises-fig-reported")).isEqualTo("100%");
    }

    @Test
    void aProblemIsReportedThenResolvedAndItsResolutionReported(FxRobot robot) {
        robot.interact(main::showProblems);
        choose(robot, "#problems-client", acme);
        robot.clickOn("#problems-new");
        await(robot, "#problem-description");
        robot.clickOn("#problem-description").write("Invoices are doubled for November");
        UiTestSupport.type(robot, "#problem-consequences", "Finance cannot close the month");
        UiTestSupport.type(robot, "#problem-measures", "Re-run the export; check by hand");
        UiTestSupport.type(robot, "#problem-emotion", "Worried about the audit");
        typeDate(robot, "#problem-target", TODAY.plusDays(3));
        robot.clickOn("#form-save");
        Problem raised = session.ledger().problems(null).get(0);
        assertThat(raised.status()).isEqualTo(ProblemStatus.OPEN);
        assertThat(raised.target()).isEqualTo(TODAY.plusDays(3));
        assertThat(text(robot, "#problems-fig-open")).isEqualTo("1");

        openFirstRow(robot, "#problems-table");
        await(robot, "#problem-status");
        choose(robot, "#problem-status", ProblemStatus.RESOLVED);
        tick(robot, "#problem-reported");
        UiTestSupport.type(robot, "#problem-what-it-took", "A re-run and two hours of checks");
        robot.clickOn("#form-save");
        Problem solved = session.ledger().problem(raised.id());
        assertThat(solved.status()).isEqualTo(ProblemStatus.RESOLVED);
        assertThat(solved.resolvedOn()).isEqualTo(TODAY);
        assertThat(solved.reportedOn()).isEqualTo(TODAY);
        assertThat(solved.whatItTook()).isEqualTo("A re-run and two hours of checks");
        assertThat(text(robot, "#problems-fig-open")).isEqualTo("0");
        assertThat(text(robot, "#problems-fig-on-target")).isEqualTo("100%");
        assertThat(text(robot, "#problems-fig-median-days")).isEqualTo("0.0");
    }

    @Test
    void aThreeQuestionRequestIsAnsweredInTheOrderAsked(FxRobot robot) {
        robot.interact(main::showRequests);
        choose(robot, "#requests-client", acme);
        robot.clickOn("#requests-new");
        await(robot, "#request-message");
        robot.clickOn("#request-message").write("Hello,\n1. When does the pilot start?\n2. Who trains the drivers?\n3. What does it cost?\nThanks");
        robot.clickOn("#request-split");
        assertThat(robot.lookup("#request-questions").queryAs(TextArea.class).getText())
                .isEqualTo("1. When does the pilot start?\n2. Who trains the drivers?\n3. What does it cost?");
        UiTestSupport.type(robot, "#request-answer-1", "On Monday");
        UiTestSupport.type(robot, "#request-answer-2", "Rūta");
        UiTestSupport.type(robot, "#request-answer-3", "Nothing extra");
        robot.interact(() -> robot.lookup("#request-answer").queryButton().fire());
        String reply = robot.lookup("#request-reply").queryAs(TextArea.class).getText();
        assertThat(reply).contains("1. When does the pilot start?\n   On Monday\n\n2. Who trains the drivers?\n   Rūta\n\n"
                + "3. What does it cost?\n   Nothing extra").contains("Is anything else open");
        robot.clickOn("#form-save");

        Request stored = session.ledger().requests(null).get(0);
        assertThat(stored.questions()).containsExactly("When does the pilot start?", "Who trains the drivers?", "What does it cost?");
        assertThat(stored.answers()).containsExactly("On Monday", "Rūta", "Nothing extra");
        assertThat(stored.askedAnythingElse()).isTrue();
        assertThat(stored.answeredAt()).isEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
        assertThat(stored.effectiveAcknowledgedAt()).isEqualTo(stored.answeredAt());
        assertThat(text(robot, "#requests-fig-answer-within")).isEqualTo("100%");
        assertThat(text(robot, "#requests-fig-answer-hours")).isEqualTo("0.0");
    }

    @Test
    void theAcknowledgementNamesTheAnswerByTimeInWorkingHours(FxRobot robot) {
        Request r = session.ledger().save(Request.create(acme.id(), Instant.parse("2026-11-25T09:30:00Z"),
                List.of("When does the pilot start?")));
        robot.interact(main::showRequests);
        openFirstRow(robot, "#requests-table");
        await(robot, "#request-acknowledge");
        robot.interact(() -> robot.lookup("#request-acknowledge").queryButton().fire());
        // 24 working hours from Wednesday 09:30 (09:00–18:00): 8.5 h Wednesday, 9 h Thursday, 6.5 h Friday.
        assertThat(robot.lookup("#request-reply").queryAs(TextArea.class).getText())
                .contains("by Friday 27 November, 15:30 (UTC)").contains("1. When does the pilot start?");
        robot.clickOn("#form-save");
        assertThat(session.ledger().request(r.id()).acknowledgedAt()).isEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
        assertThat(text(robot, "#requests-fig-ack-hours")).isEqualTo("0.5");
        assertThat(text(robot, "#requests-fig-ack-within")).isEqualTo("100%");
    }

    @Test
    void anAcknowledgementBeforeTheRequestArrivedIsRefusedAtTheField(FxRobot robot) {
        robot.interact(main::showRequests);
        choose(robot, "#requests-client", acme);
        robot.clickOn("#requests-new");
        await(robot, "#request-message");
        robot.clickOn("#request-message").write("Is the report ready?");
        robot.clickOn("#request-split");
        typeDate(robot, "#request-ack-date", TODAY.minusDays(1));
        UiTestSupport.type(robot, "#request-ack-time", "09:00");
        robot.clickOn("#form-save");
        assertThat(text(robot, "#error-acknowledgedAt")).contains("cannot come before the request was received");
        assertThat(session.ledger().requests(null)).isEmpty();
    }

    @Test
    void theClientPageListsTheClientsPromisesProblemsAndRequests(FxRobot robot) {
        Client other = session.clients().save(Client.create("Other Ltd"));
        session.ledger().save(Promise.create(acme.id(), "Send the plan", TODAY, TODAY.plusDays(3)));
        session.ledger().save(Promise.create(other.id(), "Not Acme's", TODAY, TODAY.plusDays(3)));
        session.ledger().save(Problem.create(acme.id(), dev.rapport.model.RaisedBy.CLIENT, TODAY, "Invoices doubled"));
        robot.interact(() -> main.showClient(acme.id()));
        await(robot, "#tab-promises");
        robot.clickOn("#tab-promises");
        assertThat(robot.lookup("#client-promises").queryAs(javafx.scene.control.ListView.class).getItems())
                .extracting(p -> ((Promise) p).what()).containsExactly("Send the plan");
        await(robot, "#tab-problems");
        robot.clickOn("#tab-problems");
        assertThat(robot.lookup("#client-problems").queryAs(javafx.scene.control.ListView.class).getItems()).hasSize(1);
        robot.clickOn("#tab-requests");
        robot.clickOn("#client-new-request");
        await(robot, "#request-client");
        assertThat(robot.lookup("#request-client").queryAs(ComboBox.class).getValue()).isEqualTo(acme);
    }

    @Test
    void movingTheDueDateOfAnOpenPromiseRenegotiatesItAndKeepsTheHistory(FxRobot robot) {
        Promise p = session.ledger().save(Promise.create(acme.id(), "Send the plan", TODAY.minusDays(5), TODAY.plusDays(1)));
        robot.interact(main::showPromises);
        openFirstRow(robot, "#promises-table");
        await(robot, "#promise-due");
        DateField due = robot.lookup("#promise-due").queryAs(DateField.class);
        robot.interact(() -> due.getEditor().clear());
        typeDate(robot, "#promise-due", TODAY.plusDays(10));
        UiTestSupport.type(robot, "#promise-renegotiation-note", "Waiting for the depot data");
        robot.clickOn("#form-save");
        Promise moved = session.ledger().promise(p.id());
        assertThat(moved.due()).isEqualTo(TODAY.plusDays(10));
        assertThat(moved.outcome()).isEqualTo(PromiseOutcome.OPEN);
        assertThat(moved.history()).singleElement().satisfies(r -> {
            assertThat(r.previousDue()).isEqualTo(TODAY.plusDays(1));
            assertThat(r.on()).isEqualTo(TODAY);
            assertThat(r.note()).isEqualTo("Waiting for the depot data");
        });
        TableView<?> table = robot.lookup("#promises-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
    }

    @Test
    void responseTargetsAndWorkingHoursAreSetPerClient(FxRobot robot) {
        robot.interact(main::showRequests);
        choose(robot, "#requests-client", acme);
        robot.clickOn("#requests-settings");
        await(robot, "#hours-zone");
        robot.doubleClickOn("#targets-ack").write("1");
        robot.doubleClickOn("#targets-answer").write("4");
        robot.clickOn("#targets-round-the-clock");
        javafx.scene.control.TextField zone = robot.lookup("#hours-zone").queryAs(javafx.scene.control.TextField.class);
        robot.interact(zone::clear);
        UiTestSupport.type(robot, "#hours-zone", "Europe/Vilnius");
        robot.clickOn("#form-save");
        assertThat(session.ledger().targets(acme.id())).isEqualTo(new dev.rapport.model.ResponseTargets(1, 4, true));
        assertThat(session.ledger().workingHours().zone()).isEqualTo(java.time.ZoneId.of("Europe/Vilnius"));

        robot.clickOn("#requests-settings");
        await(robot, "#hours-zone");
        javafx.scene.control.TextField z2 = robot.lookup("#hours-zone").queryAs(javafx.scene.control.TextField.class);
        robot.interact(z2::clear);
        UiTestSupport.type(robot, "#hours-zone", "Mars/Olympus");
        robot.clickOn("#form-save");
        assertThat(text(robot, "#error-zone")).contains("Mars/Olympus").contains("unknown");
        assertThat(session.ledger().workingHours().zone()).isEqualTo(java.time.ZoneId.of("Europe/Vilnius"));
    }

    @Test
    void theTodayViewChangesAsThingsAreDone(FxRobot robot) {
        session.interactions().save(new Interaction(0, acme.id(), LocalDateTime.of(2026, 11, 24, 10, 0),
                Channel.CALL, "Check-in", "", "", List.of(), null, List.of()));
        robot.interact(main::showToday);
        assertThat(robot.lookup("#today-empty").tryQuery()).isPresent();
        assertThat(robot.lookup("#today-badge").queryAs(Label.class).isVisible()).isFalse();

        Promise p = session.ledger().save(Promise.create(acme.id(), "Send the plan", TODAY.minusDays(5), TODAY.minusDays(1)));
        Request r = session.ledger().save(Request.create(acme.id(), Instant.parse("2026-11-25T08:30:00Z"), List.of("When?")));
        robot.interact(main::showToday);
        assertThat(robot.lookup("#today-group-overdue #today-item-promise-due-" + p.id()).tryQuery()).isPresent();
        // 08:30 → 10:00 is one working hour (the day starts at 09:00): within the 2-hour target, so due today.
        assertThat(robot.lookup("#today-group-today #today-item-request-acknowledge-" + r.id()).tryQuery()).isPresent();
        assertThat(text(robot, "#today-badge")).isEqualTo("2");

        robot.clickOn("#today-kept-" + p.id());
        assertThat(session.ledger().promise(p.id()).decidedOn()).isEqualTo(TODAY);
        assertThat(robot.lookup("#today-item-promise-due-" + p.id()).tryQuery()).isEmpty();
        assertThat(robot.lookup("#today-item-promise-unreported-" + p.id()).tryQuery()).isPresent();

        robot.clickOn("#today-report-promise-" + p.id());
        assertThat(session.ledger().promise(p.id()).reportedOn()).isEqualTo(TODAY);
        assertThat(robot.lookup("#today-item-promise-unreported-" + p.id()).tryQuery()).isEmpty();

        robot.clickOn("#today-ack-" + r.id());
        assertThat(session.ledger().request(r.id()).acknowledgedAt()).isEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
        // Acknowledged: the answer is due within 24 working hours, so it moves to this week and leaves the badge.
        assertThat(robot.lookup("#today-group-this-week #today-item-request-answer-" + r.id()).tryQuery()).isPresent();
        assertThat(robot.lookup("#today-badge").queryAs(Label.class).isVisible()).isFalse();
    }
}
