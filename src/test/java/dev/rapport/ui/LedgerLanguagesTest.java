package dev.rapport.ui;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Problem;
import dev.rapport.model.ProblemStatus;
import dev.rapport.model.Promise;
import dev.rapport.model.PromiseOutcome;
import dev.rapport.model.RaisedBy;
import dev.rapport.model.Request;
import dev.rapport.model.Severity;
import dev.rapport.ui.common.DateField;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Promises, Problems and Requests screens in other languages (issue 9): real work done in the
 * language, figures in its notation (decimal comma, "100 %"), and no text left as a raw key.
 */
@ExtendWith(ApplicationExtension.class)
class LedgerLanguagesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    /** The no-break space Romanian, Russian and Lithuanian put before the per cent sign. */
    private static final String NBSP = "\u00a0";

    @TempDir
    Path dir;

    private JournalSession session;
    private MainView main;
    private Client acme;
    private Contact ruta;

    @Start
    void start(Stage stage) {
        session = UiTestSupport.journal(dir);
        acme = session.clients().save(Client.create("Acme Logistics"));
        ruta = session.contacts().save(Contact.create(acme.id(), "Rūta Kazlauskienė"));
        main = UiTestSupport.show(stage, session, new FakeDialogs());
    }

    @AfterEach
    void close() {
        I18n.use(Language.ENGLISH);
        session.close();
    }

    private static void await(FxRobot robot, String query) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("No " + query + " appeared", e);
        }
    }

    private static <T> void choose(FxRobot robot, String query, T value) {
        @SuppressWarnings("unchecked")
        ComboBox<T> box = robot.lookup(query).queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(value));
    }

    private static void typeDate(FxRobot robot, String query, LocalDate day) {
        DateField picker = robot.lookup(query).queryAs(DateField.class);
        robot.interact(() -> picker.getEditor().requestFocus());
        robot.write(dev.rapport.ui.common.Formats.date(day));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** The caption under a figure of the strip. */
    private static String caption(FxRobot robot, String query) {
        Label value = robot.lookup(query).queryAs(Label.class);
        return ((Label) ((VBox) value.getParent()).getChildren().get(1)).getText();
    }

    private void openFirstRow(FxRobot robot, String table) {
        await(robot, table + " .table-row-cell");
        TableView<?> view = robot.lookup(table).queryAs(TableView.class);
        assertThat(view.getItems()).isNotEmpty();
        Node row = robot.lookup(table + " .table-row-cell").nth(0).query();
        robot.doubleClickOn(row, MouseButton.PRIMARY);
    }

    private void noRawKeys(FxRobot robot) {
        assertThat(RawKeyScan.rawKeys(main)).as("texts that look like untranslated keys").isEmpty();
    }

    private static List<String> columns(FxRobot robot, String table) {
        return robot.lookup(table).queryAs(TableView.class).getColumns().stream().map(c -> ((javafx.scene.control.TableColumn<?, ?>) c).getText()).toList();
    }

    @Test
    void theScanCatchesAKeyShownAsItselfButNotDataThatLooksLikeOne() {
        assertThat(RawKeyScan.rawKeys(new VBox(new Label("ledger.promises.nothing"), new Label("journal.rapport"),
                new Label("Promises")))).containsExactly("ledger.promises.nothing");
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"ROMANIAN", "RUSSIAN"})
    void aPromiseIsMadeAndKeptInTheLanguageAndTheStripReadsItsKeptShare(Language language, FxRobot robot) {
        I18n.use(language);
        robot.interact(main::showPromises);
        assertThat(columns(robot, "#promises-table")).contains(I18n.t("ledger.col.client"), I18n.t("ledger.promises.col.due"));
        assertThat(caption(robot, "#promises-fig-kept")).isEqualTo(language == Language.ROMANIAN ? "respectate" : "выполнено");
        robot.clickOn("#promises-new");
        await(robot, "#promise-what");
        noRawKeys(robot);
        choose(robot, "#promise-client", acme);
        robot.clickOn("#promise-what").write("Send the rollout plan for Kaunas");
        typeDate(robot, "#promise-due", TODAY.plusDays(2));
        robot.clickOn("#form-save");
        Promise made = session.ledger().promises(null).get(0);
        assertThat(made.due()).isEqualTo(TODAY.plusDays(2));
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).isEqualTo(language == Language.ROMANIAN
                ? "Promisiune înregistrată: „Send the rollout plan for Kaunas” (Acme Logistics)."
                : "Обещание записано: «Send the rollout plan for Kaunas» (Acme Logistics).");
        assertThat(text(robot, "#promises-count")).isEqualTo(language == Language.ROMANIAN ? "1 din 1" : "1 из 1");

        openFirstRow(robot, "#promises-table");
        await(robot, "#promise-outcome");
        noRawKeys(robot);
        choose(robot, "#promise-outcome", PromiseOutcome.KEPT);
        robot.clickOn("#form-save");
        assertThat(session.ledger().promise(made.id()).outcome()).isEqualTo(PromiseOutcome.KEPT);
        assertThat(text(robot, "#promises-fig-kept")).isEqualTo("100" + NBSP + "%");
        assertThat(text(robot, "#promises-fig-reported")).isEqualTo("0" + NBSP + "%");
        noRawKeys(robot);
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"UKRAINIAN", "LITHUANIAN"})
    void aProblemIsResolvedInTheLanguageAndTheMedianDaysHaveADecimalComma(Language language, FxRobot robot) {
        I18n.use(language);
        // One problem took one day; the one resolved below takes two: the median is 1.5 days.
        Problem earlier = session.ledger().save(new Problem(0, acme.id(), RaisedBy.CLIENT, TODAY.minusDays(5), "Late report", "", "",
                Severity.LOW, null, "", ProblemStatus.OPEN, null, null, "", ""));
        session.ledger().save(earlier.withStatus(ProblemStatus.RESOLVED, TODAY.minusDays(4)));
        robot.interact(main::showProblems);
        choose(robot, "#problems-client", acme);
        robot.clickOn("#problems-new");
        await(robot, "#problem-description");
        noRawKeys(robot);
        robot.interact(() -> robot.lookup("#problem-raised-on").queryAs(DateField.class).getEditor().clear());
        typeDate(robot, "#problem-raised-on", TODAY.minusDays(2));
        robot.clickOn("#problem-description").write("Invoices are doubled for November");
        choose(robot, "#problem-status", ProblemStatus.RESOLVED);
        robot.clickOn("#form-save");
        assertThat(session.ledger().problems(null)).extracting(Problem::status).containsOnly(ProblemStatus.RESOLVED);
        assertThat(text(robot, "#problems-fig-median-days")).isEqualTo("1,5");
        assertThat(caption(robot, "#problems-fig-median-days")).isEqualTo(language == Language.UKRAINIAN
                ? "медіана днів до розв'язання" : "dienų iki sprendimo mediana");
        assertThat(text(robot, "#problems-fig-open")).isEqualTo("0");
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).isEqualTo(language == Language.UKRAINIAN
                ? "Проблему записано (Acme Logistics)." : "Problema užregistruota (Acme Logistics).");
        noRawKeys(robot);
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"ROMANIAN", "LITHUANIAN"})
    void aRequestIsAcknowledgedWithTheLanguagesTemplateAndItsFiguresFollowTheLocale(Language language, FxRobot robot) {
        I18n.use(language);
        robot.interact(main::showRequests);
        choose(robot, "#requests-client", acme);
        robot.clickOn("#requests-new");
        await(robot, "#request-message");
        noRawKeys(robot);
        choose(robot, "#request-contact", ruta);
        robot.clickOn("#request-message").write("Hello,\n1. When does the pilot start?\n2. Who trains the drivers?\nThanks");
        robot.clickOn("#request-split");
        assertThat(robot.lookup("#request-questions").queryAs(TextArea.class).getText())
                .isEqualTo("1. When does the pilot start?\n2. Who trains the drivers?");
        assertThat(text(robot, "#request-targets")).isEqualTo(language == Language.ROMANIAN
                ? "Termene: confirmare în 2 h, răspuns în 24 h, în orele de lucru."
                : "Terminai: patvirtinti per 2 val., atsakyti per 24 val., darbo valandomis.");
        robot.interact(() -> robot.lookup("#request-acknowledge").queryButton().fire());
        String reply = robot.lookup("#request-reply").queryAs(TextArea.class).getText();
        if (language == Language.ROMANIAN) {
            assertThat(reply).startsWith("Bună ziua, Rūta,").contains("până vineri, 27 noiembrie, ora 16:00 (UTC)")
                    .contains("1. When does the pilot start?\n2. Who trains the drivers?").endsWith("Cu stimă");
        } else {
            assertThat(reply).startsWith("Laba diena, Rūta,").contains("iki lapkričio 27 d. 16:00 (UTC)").endsWith("Pagarbiai");
        }
        robot.clickOn("#form-save");
        Request stored = session.ledger().requests(null).get(0);
        assertThat(stored.acknowledgedAt()).isNotNull();
        assertThat(text(robot, "#requests-fig-ack-hours")).isEqualTo("0,0");
        assertThat(text(robot, "#requests-fig-ack-within")).isEqualTo("100" + NBSP + "%");
        assertThat(text(robot, "#requests-fig-unanswered")).isEqualTo("1");
        assertThat(columns(robot, "#requests-table")).contains(language == Language.ROMANIAN ? "Confirmată" : "Patvirtinta");
        noRawKeys(robot);
    }
}
