package dev.rapport.ui;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Interaction;
import dev.rapport.model.JournalEntry;
import dev.rapport.model.JournalFilter;
import dev.rapport.model.Promise;
import dev.rapport.model.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's daily flows done with the keyboard alone, through a robot that has no mouse: each
 * asserts what was saved and prints what it cost in keys beside the typed text.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardFlowsTest {
    /** The Friday after the test clock's Wednesday 25 November 2026, a week on. */
    private static final LocalDate NEXT_FRIDAY = LocalDate.of(2026, 12, 4);

    @TempDir
    static Path dir;
    private JournalSession session;
    private MainView main;
    private Client nordlys;
    private Contact ilona;

    @Start
    void start(Stage stage) {
        session = UiTestSupport.journal(dir.resolve(String.valueOf(System.nanoTime())));
        session.clients().save(Client.create("Baltic Freight"));
        session.clients().save(Client.create("Ąžuolynas Mediena"));
        nordlys = session.clients().save(Client.create("Nordlys Energija"));
        session.clients().save(Client.create("Northwind Traders"));
        ilona = session.contacts().save(Contact.create(nordlys.id(), "Ilona Berg"));
        session.contacts().save(Contact.create(nordlys.id(), "Jonas Petrauskas"));
        main = UiTestSupport.show(stage, session, new FakeDialogs());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aPhoneCallWithAPromiseIsLoggedFromTodayInFifteenKeys(FxRobot robot) {
        robot.interact(main::showToday);
        KeyboardOnly keys = new KeyboardOnly(robot, main.getScene());
        keys.key(KeyCode.CONTROL, KeyCode.N)
                .write("nor").key(KeyCode.TAB)          // the client, by its first three letters
                .key(2, KeyCode.TAB)                    // past the date and the time
                .write("cal").key(KeyCode.TAB)          // the channel
                .write("Budget call").key(KeyCode.TAB)  // the title
                .key(KeyCode.SPACE)                     // Ilona was there
                .key(KeyCode.ALT, KeyCode.P)            // a promise made in the call
                .write("Send the revised budget").key(KeyCode.TAB)
                .write(NEXT_FRIDAY.toString())          // the date field reads ISO, its own format and phrases
                .key(KeyCode.CONTROL, KeyCode.ENTER);
        int count = keys.report("(a) phone call with a promise, from Today");

        List<Interaction> entries = session.interactions().page(JournalFilter.ALL, 10, 0).stream()
                .map(JournalEntry::interaction).toList();
        assertThat(entries).hasSize(1);
        Interaction call = entries.get(0);
        assertThat(call.clientId()).isEqualTo(nordlys.id());
        assertThat(call.channel()).isEqualTo(Channel.CALL);
        assertThat(call.title()).isEqualTo("Budget call");
        assertThat(call.contactIds()).containsExactly(ilona.id());
        List<Promise> promises = session.ledger().promises(nordlys.id());
        assertThat(promises).singleElement().satisfies(p -> {
            assertThat(p.what()).isEqualTo("Send the revised budget");
            assertThat(p.due()).isEqualTo(NEXT_FRIDAY);
            assertThat(p.interactionId()).isEqualTo(call.id());
        });
        assertThat(session.conversations().promises(call.id())).extracting(Promise::what).containsExactly("Send the revised budget");
        assertThat(main.openSheet()).isNull();
        assertThat(count).isLessThanOrEqualTo(15);
    }

    @Test
    void aClientsBriefOpensFromAnyScreenInFourKeys(FxRobot robot) {
        robot.interact(main::showJournal);
        KeyboardOnly keys = new KeyboardOnly(robot, main.getScene());
        keys.key(KeyCode.CONTROL, KeyCode.B).write("ąžu").key(KeyCode.ENTER);
        int count = keys.report("(b) a client's brief from the Journal screen");

        ComboBox<Client> picker = robot.lookup("#brief-client").queryComboBox();
        assertThat(picker.getValue().name()).isEqualTo("Ąžuolynas Mediena");
        assertThat(robot.lookup("#brief-section-1").tryQuery()).isPresent();
        assertThat(count).isLessThanOrEqualTo(4);
    }

    @Test
    void aPastedMessageWithThreeQuestionsIsAcknowledgedInEightKeys(FxRobot robot) {
        robot.interact(() -> main.showClient(nordlys.id()));
        KeyboardOnly keys = new KeyboardOnly(robot, main.getScene());
        keys.key(KeyCode.ALT, KeyCode.R)
                .paste("Hi! Can you send the draft by Friday? Who will lead the workshop? And is the budget approved?")
                .key(KeyCode.ALT, KeyCode.A)
                .key(KeyCode.CONTROL, KeyCode.ENTER);
        int count = keys.report("(d) a pasted message with three questions, acknowledged");

        List<Request> requests = session.ledger().requests(nordlys.id());
        assertThat(requests).singleElement().satisfies(r -> {
            assertThat(r.questions()).hasSize(3);
            assertThat(r.acknowledgedAt()).isNotNull();
        });
        assertThat(count).isLessThanOrEqualTo(8);
    }
}
