package dev.rapport.ui;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Interaction;
import dev.rapport.model.Phrasing;
import dev.rapport.model.Promise;
import dev.rapport.model.SurveyAnswer;
import dev.rapport.model.SurveyMethod;
import dev.rapport.model.SurveyScale;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** Find a duplicate contact, merge it choosing per field, then undo the merge. */
@ExtendWith(ApplicationExtension.class)
class MergeFlowTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;

    private JournalSession session;
    private MainView main;
    private Client baltic;
    private Contact first;
    private Contact second;
    private Interaction call;
    private Promise promise;

    @Start
    void start(Stage stage) {
        session = UiTestSupport.journal(dir);
        baltic = session.clients().save(Client.create("Baltic Freight Lines"));
        first = session.contacts().save(new Contact(0, baltic.id(), "Šarūnas Žemaitis", "Operations director",
                "sarunas@bfl.lt", "", Channel.MEETING, "Europe/Vilnius", "", true));
        second = session.contacts().save(new Contact(0, baltic.id(), "Sarunas Zemaitis", "", "SARUNAS@bfl.lt",
                "+370 612 34567", null, "", "Met at the depot.", false));
        call = session.interactions().save(new Interaction(0, baltic.id(), TODAY.atTime(9, 0), Channel.CALL, "Depot call", "", "",
                List.of(), null, List.of(second.id())));
        Promise p = Promise.create(baltic.id(), "Send the depot plan", TODAY, TODAY.plusDays(5));
        promise = session.ledger().save(new Promise(0, p.clientId(), second.id(), null, p.what(), p.madeOn(), p.due(), null,
                p.outcome(), null, p.exceeded(), "", null, "", List.of()));
        session.health().saveAnswer(new SurveyAnswer(0, null, "Recommend?", baltic.id(), second.id(), null, TODAY,
                SurveyScale.RECOMMEND_0_10, 9, SurveyMethod.ORAL, Phrasing.POSITIVE, ""));
        main = UiTestSupport.show(stage, session, new FakeDialogs());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void mergeTwoContactsChoosingPerFieldThenUndo(FxRobot robot) {
        robot.interact(main::showClients);
        robot.clickOn("#clients-duplicates");
        assertThat(robot.lookup("#duplicates-list").queryAs(javafx.scene.layout.VBox.class).getChildren()).hasSize(1);
        UiTestSupport.clickWhenShown(robot, "#duplicates-merge-" + first.id() + "-" + second.id());
        UiTestSupport.awaitShown(robot, "#merge-phone-second");

        // The first's name and email stay; the empty phone takes the second's by default; choose the second's notes.
        assertThat(robot.lookup("#merge-phone-second").queryAs(javafx.scene.control.RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#merge-email-first").queryAs(javafx.scene.control.RadioButton.class).isSelected()).isTrue();
        robot.interact(() -> robot.lookup("#merge-notes-second").queryAs(javafx.scene.control.RadioButton.class).setSelected(true));
        robot.clickOn("#form-save");

        assertThat(session.contacts().find(second.id())).isEmpty();
        Contact merged = session.contacts().find(first.id()).orElseThrow();
        assertThat(merged.name()).isEqualTo("Šarūnas Žemaitis");
        assertThat(merged.phone()).isEqualTo("+370 612 34567");
        assertThat(merged.notes()).isEqualTo("Met at the depot.");
        assertThat(merged.role()).isEqualTo("Operations director");
        assertThat(merged.contextCarrier()).isTrue();
        assertThat(session.interactions().find(call.id()).orElseThrow().contactIds()).containsExactly(first.id());
        assertThat(session.ledger().promise(promise.id()).contactId()).isEqualTo(first.id());
        assertThat(session.health().answers(baltic.id(), null).get(0).contactId()).isEqualTo(first.id());
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText())
                .isEqualTo("Merged Sarunas Zemaitis into Šarūnas Žemaitis: 1 journal entry, 1 promise, 0 requests, 1 survey answer kept.");

        robot.clickOn("#status-undo");
        assertThat(session.contacts().find(second.id())).contains(second);
        assertThat(session.contacts().find(first.id())).contains(first);
        assertThat(session.interactions().find(call.id()).orElseThrow().contactIds()).containsExactly(second.id());
        assertThat(session.ledger().promise(promise.id()).contactId()).isEqualTo(second.id());
        assertThat(session.health().answers(baltic.id(), null).get(0).contactId()).isEqualTo(second.id());
        assertThat(session.duplicates().find()).hasSize(1);
    }
}
