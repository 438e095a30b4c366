package dev.rapport.ui;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.ChecklistItem;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Phrasing;
import dev.rapport.model.Review;
import dev.rapport.model.SurveyAnswer;
import dev.rapport.model.SurveyMethod;
import dev.rapport.model.SurveyQuestion;
import dev.rapport.model.SurveyScale;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** Relationship health as a user meets it: fill a checklist, set the question, record an answer, edit the checklist. */
@ExtendWith(ApplicationExtension.class)
class HealthFlowTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;

    private JournalSession session;
    private MainView main;
    private Client acme;
    private Contact ann;
    private Contact bob;

    @Start
    void start(Stage stage) {
        session = UiTestSupport.journal(dir);
        acme = session.clients().save(Client.create("Acme Logistics"));
        ann = session.contacts().save(Contact.create(acme.id(), "Ann Lee"));
        bob = session.contacts().save(Contact.create(acme.id(), "Bob Stone"));
        main = UiTestSupport.show(stage, session, new FakeDialogs());
    }

    @AfterEach
    void close() {
        session.close();
    }

    /** Presses a button from the keyboard, as a user tabbing down a long sheet would. */
    static void press(FxRobot robot, String query) {
        javafx.scene.Node node = robot.lookup(query).query();
        robot.interact(node::requestFocus);
        robot.type(javafx.scene.input.KeyCode.SPACE);
    }

    ChecklistItem item(String name) {
        return session.health().checklist().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void fillingTheChecklistStoresTheRatingsAndColoursTheHeatMap(FxRobot robot) {
        robot.clickOn("#rail-health");
        assertThat(robot.lookup("#health-nps").queryAs(Label.class).getText()).isEqualTo("—");
        robot.clickOn("#health-review");
        robot.interact(() -> {
            ComboBox<Client> client = robot.lookup("#review-client").queryComboBox();
            client.setValue(client.getItems().get(0));
        });
        long comfort = item("Comfort").id();
        long attention = item("Attention").id();
        press(robot, "#rate-" + comfort + "-not-met");
        UiTestSupport.type(robot, "#note-" + comfort, "No status note since June");
        press(robot, "#rate-" + attention + "-met");
        robot.clickOn("#form-save");

        List<Review> reviews = session.health().reviews(acme.id());
        assertThat(reviews).hasSize(1);
        assertThat(reviews.get(0).reviewedOn()).isEqualTo(TODAY);
        assertThat(reviews.get(0).answers()).extracting(a -> a.itemName() + ":" + a.rating() + ":" + a.note())
                .containsExactly("Attention:MET:", "Comfort:NOT_MET:No status note since June");
        assertThat(reviews.get(0).answers().get(1).prompt()).isEqualTo("Does the client know the current status? Any surprise coming?");
        Region cells = robot.lookup("#health-heatmap").query();
        assertThat(cells.getChildrenUnmodifiable().stream().filter(n -> n.getStyleClass().contains("heat-not-met"))).hasSize(1);
        assertThat(cells.getChildrenUnmodifiable().stream().filter(n -> n.getStyleClass().contains("heat-met"))).hasSize(1);
        assertThat(robot.lookup("#health-neglect").queryAs(Label.class).getText()).startsWith("Neglected most: Comfort (1 weak");
    }

    @Test
    void aReviewWithNothingRatedIsRefusedAndNothingStored(FxRobot robot) {
        robot.clickOn("#rail-health");
        robot.clickOn("#health-review");
        robot.interact(() -> {
            ComboBox<Client> client = robot.lookup("#review-client").queryComboBox();
            client.setValue(client.getItems().get(0));
        });
        robot.clickOn("#form-save");
        assertThat(robot.lookup("#error-answers").queryAs(Label.class).getText()).isEqualTo("Rate at least one item of the checklist.");
        assertThat(session.health().reviews(acme.id())).isEmpty();
    }

    @Test
    void settingTheQuestionThenRecordingTheClientsAnswerInAJournalEntry(FxRobot robot) {
        robot.clickOn("#rail-health");
        robot.clickOn("#health-set-question");
        robot.clickOn("#question-text").write("How likely are you to recommend us to a colleague?");
        robot.clickOn("#form-save");
        SurveyQuestion q = session.health().activeQuestion().orElseThrow();
        assertThat(q.startsOn()).isEqualTo(TODAY);
        assertThat(q.endsOn()).isEqualTo(TODAY.plusDays(90));
        assertThat(robot.lookup("#health-question-text").queryAs(Label.class).getText())
                .isEqualTo("“How likely are you to recommend us to a colleague?”");

        // Ann answered a month ago: the throttle picks Bob, and says so when Ann is chosen.
        session.health().saveAnswer(new SurveyAnswer(0, q.id(), q.text(), acme.id(), ann.id(), null, TODAY.minusDays(30),
                SurveyScale.RECOMMEND_0_10, 9, SurveyMethod.ORAL, Phrasing.POSITIVE, ""));
        robot.interact(() -> main.newInteraction(acme.id()));
        assertThat(robot.lookup("#survey-question").queryAs(Label.class).getText()).contains("recommend us");
        ComboBox<Contact> contact = robot.lookup("#survey-contact").queryComboBox();
        assertThat(contact.getValue()).isEqualTo(bob);
        assertThat(robot.lookup("#survey-throttle").queryAs(Label.class).isVisible()).isFalse();
        robot.interact(() -> contact.setValue(ann));
        assertThat(robot.lookup("#survey-throttle").queryAs(Label.class).getText()).startsWith("Ann Lee answered on");
        robot.interact(() -> contact.setValue(bob));

        robot.clickOn("#entry-title").write("Quarterly review");
        robot.interact(() -> {
            ComboBox<Integer> value = robot.lookup("#survey-value").queryComboBox();
            value.setValue(6);
            ComboBox<SurveyMethod> method = robot.lookup("#survey-method").queryComboBox();
            method.setValue(SurveyMethod.INTERVIEW);
        });
        robot.clickOn("#form-save");

        List<SurveyAnswer> answers = session.health().answersTo(q.id());
        assertThat(answers).hasSize(2);
        SurveyAnswer given = answers.get(1);
        assertThat(given.value()).isEqualTo(6);
        assertThat(given.contactId()).isEqualTo(bob.id());
        assertThat(given.method()).isEqualTo(SurveyMethod.INTERVIEW);
        assertThat(given.answeredOn()).isEqualTo(TODAY);
        assertThat(given.interactionId()).isNotNull();
        assertThat(given.questionText()).isEqualTo(q.text());

        robot.interact(main::showHealth);
        // this quarter: a 9 and a 6 → 1 promoter, 1 detractor → NPS 0
        assertThat(robot.lookup("#health-nps").queryAs(Label.class).getText()).isEqualTo("0");
        assertThat(robot.lookup("#health-nps-counts").queryAs(Label.class).getText())
                .isEqualTo("promoters 1 · passives 0 · detractors 1");
        assertThat(robot.lookup("#health-asked").queryAs(ListView.class).getItems()).hasSize(2);
        TableView<?> byMethod = robot.lookup("#health-by-method").queryAs(TableView.class);
        assertThat(byMethod.getItems()).hasSize(5);
    }

    @Test
    void aReviewWrittenFromAJournalEntryIsTiedToIt(FxRobot robot) {
        var entry = session.interactions().save(new dev.rapport.model.Interaction(0, acme.id(), TODAY.minusDays(2).atTime(9, 0),
                dev.rapport.model.Channel.CALL, "Status call", "", "", List.of(), null, List.of(ann.id())));
        robot.interact(() -> main.editInteraction(entry.id()));
        robot.interact(() -> robot.lookup("#entry-review").queryButton().fire());
        assertThat(robot.lookup("#review-client").queryComboBox().getValue()).isEqualTo(acme);
        press(robot, "#rate-" + item("Support").id() + "-partly");
        robot.clickOn("#form-save");
        List<Review> reviews = session.health().reviews(acme.id());
        assertThat(reviews).singleElement().satisfies(r -> {
            assertThat(r.interactionId()).isEqualTo(entry.id());
            assertThat(r.reviewedOn()).isEqualTo(TODAY.minusDays(2));
            assertThat(r.answers()).extracting(a -> a.itemName() + ":" + a.rating()).containsExactly("Support:PARTLY");
        });
    }

    @Test
    void anEntryLeftOnNotAskedStoresNoAnswer(FxRobot robot) {
        session.health().saveQuestion(new SurveyQuestion(0, "Satisfied?", SurveyScale.YES_NO, Phrasing.POSITIVE, TODAY, TODAY));
        robot.interact(() -> main.newInteraction(acme.id()));
        robot.clickOn("#entry-title").write("Call");
        robot.clickOn("#form-save");
        assertThat(session.health().answers(null, null)).isEmpty();
        assertThat(session.interactions().count(dev.rapport.model.JournalFilter.ALL)).isEqualTo(1);
    }

    @Test
    void rewordingAPromptSwitchingAnItemOffAndAddingAnOwnItem(FxRobot robot) {
        robot.clickOn("#rail-health");
        robot.clickOn("#health-checklist");
        long safety = item("Safety").id();
        long comfort = item("Comfort").id();
        robot.interact(() -> robot.lookup("#item-active-" + safety).queryAs(javafx.scene.control.CheckBox.class).setSelected(false));
        robot.interact(() -> robot.lookup("#item-prompt-" + comfort).queryTextInputControl().setText("Did I send the status note?"));
        UiTestSupport.type(robot, "#new-item-name", "Invoicing");
        UiTestSupport.type(robot, "#new-item-prompt", "Was the invoice clear and expected?");
        robot.clickOn("#form-save");
        assertThat(item("Safety").active()).isFalse();
        assertThat(item("Comfort").prompt()).isEqualTo("Did I send the status note?");
        assertThat(session.health().activeChecklist()).extracting(ChecklistItem::name).doesNotContain("Safety").endsWith("Invoicing");

        robot.clickOn("#health-review");
        assertThat(robot.lookup("#rate-" + safety + "-met").tryQuery()).isEmpty();
        assertThat(robot.lookup("#rate-" + item("Invoicing").id() + "-met").tryQuery()).isPresent();
        assertThat(robot.lookup("Did I send the status note?").tryQuery()).isPresent();
    }

    @Test
    void anOwnItemWithoutAPromptIsRefused(FxRobot robot) {
        robot.clickOn("#rail-health");
        robot.clickOn("#health-checklist");
        UiTestSupport.type(robot, "#new-item-name", "Invoicing");
        robot.clickOn("#form-save");
        assertThat(robot.lookup("#error-prompt").queryAs(Label.class).getText()).isEqualTo("Prompt must not be empty.");
        assertThat(session.health().checklist()).hasSize(15);
    }

    @Test
    void theClientsHealthTabListsTheWeakestFirstAndWhatWasNeverReviewed(FxRobot robot) {
        ChecklistItem comfort = item("Comfort");
        ChecklistItem ease = item("Ease");
        session.health().saveReview(new Review(0, acme.id(), null, TODAY.minusDays(20), List.of(
                new dev.rapport.model.ReviewAnswer(ease.id(), ease.name(), ease.prompt(), dev.rapport.model.Rating.MET, ""),
                new dev.rapport.model.ReviewAnswer(comfort.id(), comfort.name(), comfort.prompt(), dev.rapport.model.Rating.PARTLY, ""))));
        robot.interact(() -> main.showClient(acme.id()));
        robot.clickOn("#tab-health");
        javafx.scene.layout.GridPane grid = robot.lookup("#client-attributes").query();
        assertThat(((Label) grid.getChildren().get(0)).getText()).isEqualTo("Comfort");
        assertThat(((Label) grid.getChildren().get(4)).getText()).isEqualTo("Ease");
        assertThat(robot.lookup("#client-never-reviewed").queryAs(Label.class).getText()).startsWith("Never reviewed: Attention, Acceptance");
        assertThat(robot.lookup("#client-satisfaction").queryAs(Label.class).getText())
                .isEqualTo("No answers this quarter: NPS —, satisfied —");
    }

    @Test
    void switchingThePeriodRecountsAndOralAndWrittenShowSideBySide(FxRobot robot) {
        LocalDate lastQuarter = LocalDate.of(2026, 8, 20);
        int[][] given = {{10, 0}, {9, 0}, {10, 1}, {6, 1}};   // value, 0 = oral / 1 = written
        for (int[] g : given) {
            session.health().saveAnswer(new SurveyAnswer(0, null, "Recommend?", acme.id(), null, null, lastQuarter,
                    SurveyScale.RECOMMEND_0_10, g[0], g[1] == 0 ? SurveyMethod.ORAL : SurveyMethod.WRITTEN, Phrasing.POSITIVE, ""));
        }
        robot.interact(main::showHealth);
        assertThat(robot.lookup("#health-nps").queryAs(Label.class).getText()).isEqualTo("—");
        assertThat(robot.lookup("#health-method-gap").queryAs(Label.class).getText())
                .isEqualTo("Oral against written: — (needs answers of both kinds)");
        robot.interact(() -> robot.lookup("#health-period").queryComboBox().getSelectionModel().select(1));
        // 3 promoters, 1 detractor of 4 → 50; oral 100% satisfied, written 50%
        assertThat(robot.lookup("#health-nps").queryAs(Label.class).getText()).isEqualTo("50");
        assertThat(robot.lookup("#health-method-gap").queryAs(Label.class).getText())
                .isEqualTo("Oral against written: 100% and 50% satisfied, +50 points.");
    }

    @Test
    void theInvestigateAlertShowsOnTheHealthScreen(FxRobot robot) {
        for (int v : new int[] {10, 9, 8, 5, 9}) {
            session.health().saveAnswer(new SurveyAnswer(0, null, "Recommend?", acme.id(), null, null, TODAY.minusDays(3),
                    SurveyScale.RECOMMEND_0_10, v, SurveyMethod.WRITTEN, Phrasing.POSITIVE, ""));
        }
        robot.interact(main::showHealth);
        assertThat(robot.lookup("#health-alerts").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .extracting(n -> ((Label) n).getText())
                .contains("Acme Logistics: 80% satisfied (4 of 5), below the norm of 95%. Investigate.");
        assertThat(robot.lookup("#health-satisfied").queryAs(Label.class).getText()).isEqualTo("Satisfied: 80% of 5 answers · norm 95% · ±35 points");
        assertThat(robot.lookup("#health-nps").queryAs(Label.class).getText()).isEqualTo("40");
        // 1.96·sqrt((0.6 + 0.2 − 0.4²)/5)·100 = 70.1
        assertThat(robot.lookup("#health-nps-margin").queryAs(Label.class).getText()).isEqualTo("n 5 · ±70 points (95%)");
        // in order: 10, 9, 8 (a drop, not recovered by the 5), 5 (a detractor, recovered by the 9)
        assertThat(robot.lookup("#health-loop").queryAs(Label.class).getText()).isEqualTo("Close the loop: recovered 1, not yet 1");
        assertThat(robot.lookup("#health-earlier").queryAs(Label.class).getText())
                .isEqualTo("Earlier: 2026 Q3 NPS — (n 0) · 2026 Q2 NPS — (n 0)");
    }

}
