package dev.rapport.ui;

import atlantafx.base.theme.PrimerLight;
import dev.rapport.i18n.Language;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.ContactRole;
import dev.rapport.model.DatedEvent;
import dev.rapport.model.Interaction;
import dev.rapport.model.Problem;
import dev.rapport.model.ProblemStatus;
import dev.rapport.model.Promise;
import dev.rapport.model.PromiseOutcome;
import dev.rapport.model.RaisedBy;
import dev.rapport.model.Request;
import dev.rapport.ui.clients.ClientForm;
import dev.rapport.ui.clients.DatesSheet;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.common.DateField;
import dev.rapport.ui.contacts.ContactForm;
import dev.rapport.ui.contacts.MergeSheet;
import dev.rapport.ui.data.DataMenu;
import dev.rapport.ui.health.ChecklistSheet;
import dev.rapport.ui.health.QuestionSheet;
import dev.rapport.ui.health.ReviewSheet;
import dev.rapport.ui.ledger.ProblemForm;
import dev.rapport.ui.ledger.PromiseForm;
import dev.rapport.ui.ledger.RequestForm;
import dev.rapport.ui.ledger.ResponseSettingsForm;
import dev.rapport.ui.security.EncryptionActions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way a user saves, driven as a user would, with a watch on the journal: a write that begins
 * on the FX thread fails the test (on an encrypted journal it would freeze the window for as long
 * as the whole file takes to seal). The window's work runs on a thread of its own that the FX
 * thread waits for ({@link Background#joinedThread()}), so the test stays deterministic.
 */
@ExtendWith(ApplicationExtension.class)
class FxThreadWriteTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;

    private Stage stage;
    private JournalSession session;
    private MainView main;
    private final FakeDialogs dialogs = new FakeDialogs();
    private FxThreadWrites writes;
    private Client acme;
    private Contact ann;
    private Interaction meeting;
    private Promise promise;
    private Problem problem;
    private Request request;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = UiTestSupport.journal(dir);
        acme = session.clients().save(Client.create("Acme Logistics"));
        ann = session.contacts().save(Contact.create(acme.id(), "Ann Lee"));
        meeting = session.interactions().save(new Interaction(0, acme.id(), LocalDateTime.of(2026, 11, 24, 10, 0), Channel.MEETING,
                "Depot review", "Agreed the pilot.", "", List.of(), null, List.of()));
        promise = session.ledger().save(Promise.create(acme.id(), "Send the rollout plan", TODAY.minusDays(3), TODAY.minusDays(1)));
        Problem raised = Problem.create(acme.id(), RaisedBy.CLIENT, TODAY.minusDays(2), "Late delivery to Kaunas");
        // past its target, so Today offers to resolve it
        problem = session.ledger().save(new Problem(0, acme.id(), raised.raisedBy(), raised.raisedOn(), raised.description(), "", "",
                raised.severity(), TODAY.minusDays(1), "", raised.status(), null, null, "", ""));
        request = session.ledger().save(Request.create(acme.id(), Instant.parse("2026-11-24T09:00:00Z"), List.of("When is the pilot?")));
        main = UiTestSupport.show(stage, session, dialogs);
    }

    @BeforeEach
    void watch() {
        writes = FxThreadWrites.watch();
    }

    @AfterEach
    void noWriteOnTheFxThread() throws Exception {
        try {
            writes.assertNone();
        } finally {
            writes.close();
            session.close();
        }
    }

    private AppContext app() {
        return main.context();
    }

    private static void saveWithKeys(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
    }

    private static void setText(FxRobot robot, String query, String text) {
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        robot.interact(() -> field.setText(text));
    }

    private static void fire(FxRobot robot, String query) {
        Button button = robot.lookup(query).queryButton();
        robot.interact(button::fire);
    }

    private boolean sheetOpen() {
        return main.openSheet() != null;
    }

    @Test
    void theWatchCatchesAWriteMadeOnTheFxThread(FxRobot robot) {
        robot.interact(() -> session.clients().save(Client.create("Written on the FX thread")));
        assertThat(writes.caught()).hasSize(1);
        // the test's own catch, not the window's: cleared so the check after the test holds the window to account
        writes = FxThreadWrites.watch();
    }

    @Test
    void theReadWatchCatchesAReadMadeOnTheFxThread(FxRobot robot) throws Exception {
        try (FxThreadWrites reads = FxThreadWrites.watchReads()) {
            robot.interact(() -> session.clients().all());
            assertThat(reads.caught()).isNotEmpty();
        }
    }

    @Test
    void entrySheetCreatesAndEditsAnEntryAndDeletesItWithUndo(FxRobot robot) {
        robot.interact(() -> main.newInteraction(acme.id()));
        setText(robot, "#entry-title", "Call about the pilot");
        saveWithKeys(robot);
        assertThat(sheetOpen()).as("the sheet closes once stored").isFalse();
        assertThat(session.interactions().forClient(acme.id(), 10, 0)).hasSize(2);

        robot.interact(() -> main.editInteraction(meeting.id()));
        setText(robot, "#entry-title", "Depot review, second round");
        saveWithKeys(robot);
        assertThat(session.interactions().find(meeting.id()).orElseThrow().title()).isEqualTo("Depot review, second round");

        robot.interact(() -> main.editInteraction(meeting.id()));
        fire(robot, "#entry-delete");
        assertThat(session.interactions().find(meeting.id())).isEmpty();
        assertThat(sheetOpen()).isFalse();
        robot.clickOn("#status-undo");
        assertThat(session.interactions().forClient(acme.id(), 10, 0)).extracting(e -> e.interaction().title())
                .contains("Depot review, second round");
    }

    @Test
    void promiseProblemAndRequestSheetsSaveAndDelete(FxRobot robot) {
        robot.interact(() -> PromiseForm.edit(app(), promise, p -> { }));
        setText(robot, "#promise-what", "Send the revised rollout plan");
        saveWithKeys(robot);
        assertThat(session.ledger().promise(promise.id()).what()).isEqualTo("Send the revised rollout plan");

        robot.interact(() -> ProblemForm.edit(app(), problem, p -> { }));
        setText(robot, "#problem-description", "Late delivery to Kaunas and Vilnius");
        saveWithKeys(robot);
        assertThat(session.ledger().problem(problem.id()).description()).isEqualTo("Late delivery to Kaunas and Vilnius");

        robot.interact(() -> RequestForm.edit(app(), request, r -> { }));
        setText(robot, "#request-subject", "Pilot dates");
        saveWithKeys(robot);
        assertThat(session.ledger().request(request.id()).subject()).isEqualTo("Pilot dates");

        robot.interact(() -> PromiseForm.create(app(), acme.id(), null, "Call back on Friday", p -> { }));
        robot.interact(() -> robot.lookup("#promise-due").queryAs(DateField.class).setValue(TODAY.plusDays(2)));
        saveWithKeys(robot);
        assertThat(session.ledger().promises(acme.id())).hasSize(2);

        Promise kept = session.ledger().promise(promise.id());
        robot.interact(() -> PromiseForm.edit(app(), kept, p -> { }));
        fire(robot, "#promise-delete");
        assertThat(session.ledger().promises(acme.id())).hasSize(1);
        robot.interact(() -> ProblemForm.edit(app(), session.ledger().problem(problem.id()), p -> { }));
        fire(robot, "#problem-delete");
        assertThat(session.ledger().problems(acme.id())).isEmpty();
        robot.interact(() -> RequestForm.edit(app(), session.ledger().request(request.id()), r -> { }));
        fire(robot, "#request-delete");
        assertThat(session.ledger().requests(acme.id())).isEmpty();
        robot.clickOn("#status-undo");
        assertThat(session.ledger().requests(acme.id())).hasSize(1);
    }

    @Test
    void clientAndPersonSheetsRolesMergeAndDatesSave(FxRobot robot) {
        robot.interact(() -> ClientForm.open(app(), acme, c -> { }));
        setText(robot, "#client-name", "Acme Logistics Baltic");
        setText(robot, "#client-tags", "retainer");
        saveWithKeys(robot);
        assertThat(session.clients().get(acme.id()).name()).isEqualTo("Acme Logistics Baltic");
        assertThat(session.clientList().tags().get(acme.id())).containsExactly("retainer");

        robot.interact(() -> ContactForm.open(app(), acme.id(), acme.name(), ann, c -> { }));
        setText(robot, "#contact-name", "Ann Lee-Park");
        @SuppressWarnings("unchecked")
        ComboBox<Client> roleClient = robot.lookup("#role-client").queryAs(ComboBox.class);
        Client beta = session.clients().save(Client.create("Beta Freight"));
        robot.interact(() -> {
            roleClient.getItems().setAll(session.clients().all());
            roleClient.setValue(roleClient.getItems().stream().filter(c -> c.id() == beta.id()).findFirst().orElseThrow());
        });
        setText(robot, "#role-title", "Advisor");
        fire(robot, "#role-add");
        assertThat(session.contacts().person(ann.id()).orElseThrow().roles()).extracting(ContactRole::clientId).contains(beta.id());
        saveWithKeys(robot);
        assertThat(session.contacts().find(ann.id()).orElseThrow().name()).isEqualTo("Ann Lee-Park");

        Contact twin = session.contacts().save(Contact.create(acme.id(), "Ann Lee"));
        Contact first = session.contacts().find(ann.id()).orElseThrow();
        robot.interact(() -> MergeSheet.open(app(), first, twin, () -> { }));
        saveWithKeys(robot);
        assertThat(session.contacts().find(twin.id())).isEmpty();

        robot.interact(() -> DatesSheet.open(app(), session.clients().get(acme.id())));
        @SuppressWarnings("unchecked")
        ComboBox<DatedEvent.Kind> kind = robot.lookup("#date-kind").queryAs(ComboBox.class);
        robot.interact(() -> kind.setValue(kind.getItems().stream().filter(k -> !k.person()).findFirst().orElseThrow()));
        robot.interact(() -> robot.lookup("#date-on").queryAs(DateField.class).setValue(TODAY.plusDays(30)));
        setText(robot, "#date-label", "Founded");
        saveWithKeys(robot);
        List<DatedEvent> dates = session.dates().forClient(acme.id());
        assertThat(dates).hasSize(1);
        fire(robot, "#date-remove-" + dates.get(0).id());
        assertThat(session.dates().forClient(acme.id())).isEmpty();
    }

    @Test
    void healthAndResponseSettingsSheetsSave(FxRobot robot) {
        robot.interact(() -> ResponseSettingsForm.open(app(), acme.id(), () -> { }));
        saveWithKeys(robot);
        assertThat(sheetOpen()).isFalse();

        robot.interact(() -> ChecklistSheet.open(app(), () -> { }));
        setText(robot, "#new-item-name", "Invoices on time");
        setText(robot, "#new-item-prompt", "Were the invoices on time?");
        saveWithKeys(robot);
        assertThat(session.health().activeChecklist()).anySatisfy(i -> assertThat(i.name()).isEqualTo("Invoices on time"));

        robot.interact(() -> QuestionSheet.open(app(), q -> { }));
        setText(robot, "#question-text", "How likely are you to recommend us?");
        robot.interact(() -> robot.lookup("#question-start").queryAs(DateField.class).setValue(TODAY));
        robot.interact(() -> robot.lookup("#question-end").queryAs(DateField.class).setValue(TODAY.plusDays(60)));
        saveWithKeys(robot);
        assertThat(session.health().questions()).hasSize(1);

        robot.interact(() -> ReviewSheet.open(app(), acme.id(), null, r -> { }));
        long item = session.health().activeChecklist().get(0).id();
        ToggleButton met = robot.lookup("#rate-" + item + "-met").queryAs(ToggleButton.class);
        robot.interact(met::fire);
        saveWithKeys(robot);
        assertThat(sheetOpen()).as("the review is stored and the sheet closed").isFalse();
        assertThat(session.health().reviews(acme.id())).hasSize(1);
    }

    @Test
    void responseReviewAndPersonSheetsReadOffTheFxThread(FxRobot robot) throws Exception {
        session.personMail().setOtherEmails(ann.id(), List.of("ann@home.example"));
        session.personMail().setLanguage(ann.id(), Optional.of(Language.LITHUANIAN));
        try (FxThreadWrites reads = FxThreadWrites.watchReads()) {
            robot.interact(() -> ResponseSettingsForm.open(app(), acme.id(), () -> { }));
            assertThat(robot.lookup("#targets-ack").queryAs(TextInputControl.class).getText()).isNotBlank();
            assertThat(robot.lookup("#hours-start").queryAs(TextInputControl.class).getText()).isNotBlank();
            robot.interact(() -> app().sheets().close());

            robot.interact(() -> ReviewSheet.open(app(), acme.id(), meeting.id(), r -> { }));
            assertThat(robot.lookup("#review-date").queryAs(DateField.class).getValue()).isEqualTo(LocalDate.of(2026, 11, 24));
            long item = session.health().activeChecklist().get(0).id();
            assertThat(robot.lookup("#rate-" + item + "-met").tryQuery()).isPresent();
            robot.interact(() -> app().sheets().close());

            robot.interact(() -> ContactForm.open(app(), acme.id(), acme.name(), ann, c -> { }));
            assertThat(robot.lookup(".contact-other-email").queryAs(TextInputControl.class).getText()).isEqualTo("ann@home.example");
            @SuppressWarnings("unchecked")
            ComboBox<Language> language = robot.lookup("#contact-language").queryAs(ComboBox.class);
            assertThat(language.getValue()).isEqualTo(Language.LITHUANIAN);
            assertThat(robot.lookup("#role-0").tryQuery()).as("the roles were read and shown").isPresent();
            robot.interact(() -> app().sheets().close());
            reads.assertNone();
        }
    }

    @Test
    void requestAndDatesSheetsReadOffTheFxThread(FxRobot robot) throws Exception {
        dev.rapport.model.WorkingHours hours = session.ledger().workingHours();
        session.ledger().saveWorkingHours(new dev.rapport.model.WorkingHours(java.time.ZoneId.of("Europe/Vilnius"), hours.days(), hours.start(), hours.end()));
        Request answered = session.ledger().save(new Request(request.id(), request.clientId(), request.contactId(), request.receivedAt(),
                request.channel(), request.subject(), request.questions(), Instant.parse("2026-11-24T22:30:00Z"), null,
                request.answers(), false, request.zone()));
        session.dates().save(new DatedEvent(0, acme.id(), ann.id(), DatedEvent.Kind.BIRTHDAY, LocalDate.of(1980, 3, 14), "", ""));
        Client client = session.clients().get(acme.id());
        try (FxThreadWrites reads = FxThreadWrites.watchReads()) {
            robot.interact(() -> RequestForm.edit(app(), answered, r -> { }));
            // received 09:00 UTC and acknowledged 22:30 UTC, shown in the working hours' zone (Vilnius, UTC+2)
            assertThat(robot.lookup("#request-received-date").queryAs(DateField.class).getValue()).isEqualTo(LocalDate.of(2026, 11, 24));
            assertThat(robot.lookup("#request-received-time").queryAs(TextInputControl.class).getText()).isEqualTo("11:00");
            assertThat(robot.lookup("#request-ack-date").queryAs(DateField.class).getValue()).isEqualTo(LocalDate.of(2026, 11, 25));
            assertThat(robot.lookup("#request-ack-time").queryAs(TextInputControl.class).getText()).isEqualTo("00:30");
            assertThat(robot.lookup("#form-save").queryButton().isDisabled()).as("Save waits for the zone, and it came").isFalse();
            robot.interact(() -> app().sheets().close());

            robot.interact(() -> DatesSheet.open(app(), client));
            assertThat(robot.lookup("#dates-list").queryAs(javafx.scene.layout.VBox.class).getChildren()).hasSize(1);
            @SuppressWarnings("unchecked")
            ComboBox<Contact> person = robot.lookup("#date-person").queryAs(ComboBox.class);
            assertThat(person.getItems()).extracting(Contact::name).containsExactly("Ann Lee");
            robot.interact(() -> app().sheets().close());
            reads.assertNone();
        }
    }

    @Test
    void todaysRowActionsAndTheirUndo(FxRobot robot) {
        robot.interact(main::showToday);
        UiTestSupport.clickWhenShown(robot, "#today-kept-" + promise.id());
        assertThat(session.ledger().promise(promise.id()).outcome()).isEqualTo(PromiseOutcome.KEPT);
        robot.clickOn("#status-undo");
        assertThat(session.ledger().promise(promise.id()).outcome()).isEqualTo(PromiseOutcome.OPEN);

        UiTestSupport.clickWhenShown(robot, "#today-resolve-" + problem.id());
        assertThat(session.ledger().problem(problem.id()).status()).isNotEqualTo(ProblemStatus.OPEN);

        UiTestSupport.clickWhenShown(robot, "#today-ack-" + request.id());
        assertThat(session.ledger().request(request.id()).acknowledgedAt()).isNotNull();
    }

    @Test
    void clientArchiveAndDeleteWithUndo(FxRobot robot) {
        robot.interact(() -> main.showClient(acme.id()));
        UiTestSupport.awaitShown(robot, "#client-delete");
        dialogs.choice = 1;
        robot.clickOn("#client-delete");
        assertThat(session.clients().count()).isZero();
        robot.clickOn("#status-undo");
        assertThat(session.clients().count()).isEqualTo(1);
    }

    @Test
    void settingsSaves(FxRobot robot) {
        robot.interact(main::showSettings);
        @SuppressWarnings("unchecked")
        javafx.scene.control.Spinner<Integer> ideal = robot.lookup("#settings-rhythm-ideal").queryAs(javafx.scene.control.Spinner.class);
        robot.interact(() -> ideal.getValueFactory().setValue(10));
        fire(robot, "#settings-rhythm-save");
        assertThat(session.settings().current().defaultRhythm().idealDays()).isEqualTo(10);
        fire(robot, "#settings-backup-save");
        fire(robot, "#settings-follow-up-save");
        CheckBox notices = robot.lookup("#settings-notices").queryAs(CheckBox.class);
        boolean was = session.notices().enabled();
        robot.interact(notices::fire);
        assertThat(session.notices().enabled()).isNotEqualTo(was);
    }

    @Test
    void importThroughTheDataMenuAndQuickLog(FxRobot robot) throws Exception {
        Path people = dir.resolve("people.csv");
        Files.writeString(people, "Name,Email,Client\nBo Chen,bo@acme.example,Acme Logistics\n");
        robot.interact(() -> main.dataMenu().previewImport(DataMenu.ImportKind.CONTACTS_CSV, people));
        UiTestSupport.awaitShown(robot, "#import-sheet");
        saveWithKeys(robot);
        assertThat(session.contacts().forClient(acme.id())).extracting(Contact::name).contains("Bo Chen");

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        robot.write("acme call: talked through the pilot");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(session.interactions().forClient(acme.id(), 10, 0)).extracting(e -> e.interaction().title())
                .contains("talked through the pilot");
    }

    @Test
    void encryptChangeThePassphraseAndDecrypt(FxRobot robot) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        JournalSession plain = JournalSession.open(dir.resolve("secret.rapport"));
        plain.clients().save(Client.create("Acme Holdings"));
        List<JournalSession> shown = new ArrayList<>();
        EncryptionActions actions = new EncryptionActions(stage, Background.joinedThread(), dialogs);
        try {
            robot.interact(() -> actions.encrypt(plain, shown::add));
            robot.clickOn("#newPassphrase").write("first passphrase");
            robot.clickOn("#newPassphraseAgain").write("first passphrase");
            robot.clickOn("#passphraseOk");
            assertThat(shown).singleElement().satisfies(s -> assertThat(s.isEncrypted()).isTrue());

            JournalSession encrypted = shown.get(0);
            robot.interact(() -> actions.changePassphrase(encrypted, () -> { }));
            robot.clickOn("#currentPassphrase").write("first passphrase");
            robot.clickOn("#passphraseOk");
            robot.clickOn("#newPassphrase").write("second passphrase");
            robot.clickOn("#newPassphraseAgain").write("second passphrase");
            robot.clickOn("#passphraseOk");
            assertThat(encrypted.passphraseMatches("second passphrase".toCharArray())).isTrue();

            robot.interact(() -> actions.decrypt(encrypted, shown::add));
            robot.clickOn("#currentPassphrase").write("second passphrase");
            robot.clickOn("#passphraseOk");
            assertThat(shown).hasSize(2);
            assertThat(shown.get(1).isEncrypted()).isFalse();
        } finally {
            plain.close();
            shown.forEach(JournalSession::close);
        }
    }
}
