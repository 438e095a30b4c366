package dev.rapport.ui;

import atlantafx.base.controls.Tile;
import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Promise;
import dev.rapport.model.PromiseOutcome;

import java.nio.file.Path;
import java.time.LocalDate;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Today in each language: the page title, the Overdue heading, the row's reason with its
 * counted days, the Mark kept button; pressing it keeps the promise and the status line says so
 * in the same language, with Undo.
 */
@ExtendWith(ApplicationExtension.class)
class TodayInEachLanguageTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;

    private JournalSession session;
    private Stage stage;
    private long promise;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = UiTestSupport.journal(dir);
        Client acme = session.clients().save(Client.create("Acme"));
        promise = session.ledger().save(Promise.create(acme.id(), "Send the plan", TODAY.minusDays(10), TODAY.minusDays(2))).id();
    }

    @AfterEach
    void close() {
        I18n.use(Language.ENGLISH);
        session.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | Today    | Overdue     | 2 days late          | Mark kept            | Kept: “Send the plan”. Report it to the client when you can. | Undo
            uk | Сьогодні | Прострочено | прострочено на 2 дні | Виконано             | Виконано: «Send the plan». Повідомте клієнта, коли буде нагода. | Скасувати дію
            ru | Сегодня  | Просрочено  | просрочено на 2 дня  | Выполнено            | Выполнено: «Send the plan». Сообщите клиенту, когда будет возможность. | Отменить
            ro | Azi      | Întârziate  | întârziere de 2 zile | Marchează respectată | Respectată: „Send the plan”. Anunțați clientul când puteți. | Anulează acțiunea
            lt | Šiandien | Vėluojama   | vėluojama 2 dienas   | Įvykdyta             | Įvykdyta: „Send the plan“. Praneškite klientui, kai galėsite. | Anuliuoti
            """)
    void todaySpeaksTheLanguageAndMarkKeptSaysSoInIt(String code, String title, String heading, String late, String button,
                                                      String status, String undo, FxRobot robot) {
        robot.interact(() -> {
            I18n.use(Language.ofCode(code).orElseThrow());
            UiTestSupport.show(stage, session, new FakeDialogs());
        });
        assertThat(robot.lookup("#today-view .title-2").queryLabeled().getText()).isEqualTo(title);
        VBox overdue = robot.lookup("#today-group-overdue").queryAs(VBox.class);
        Label sectionHeading = (Label) ((HBox) overdue.getChildren().get(0)).getChildren().get(0);
        assertThat(sectionHeading.getText()).isEqualTo(heading);
        Tile row = robot.lookup("#today-item-promise-due-" + promise).queryAs(Tile.class);
        assertThat(row.getDescription()).isEqualTo("Acme · " + I18n.plural("today.detail.dueLate", 2, I18n.date(TODAY.minusDays(2))))
                .contains(late);
        Button kept = robot.lookup("#today-kept-" + promise).queryButton();
        assertThat(kept.getText()).isEqualTo(button);

        robot.clickOn("#today-kept-" + promise);

        assertThat(session.ledger().promise(promise).outcome()).isEqualTo(PromiseOutcome.KEPT);
        assertThat(robot.lookup("#status-message").queryLabeled().getText()).isEqualTo(status);
        assertThat(robot.lookup("#status-undo").queryButton().getText()).isEqualTo(undo);
        assertThat(robot.lookup("#today-item-promise-due-" + promise).tryQuery()).isEmpty();
    }
}
