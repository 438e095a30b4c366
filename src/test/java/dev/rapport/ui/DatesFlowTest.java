package dev.rapport.ui;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.DatedEvent;
import dev.rapport.ui.common.DateField;

import java.nio.file.Path;
import java.time.LocalDate;

import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** Add a person's birthday from the client page; it shows on Today. */
@ExtendWith(ApplicationExtension.class)
class DatesFlowTest {
    @TempDir
    Path dir;

    private JournalSession session;
    private MainView main;
    private Client acme;
    private Contact ann;

    @Start
    void start(Stage stage) {
        session = UiTestSupport.journal(dir);
        acme = session.clients().save(Client.create("Acme"));
        ann = session.contacts().save(Contact.create(acme.id(), "Ann Lee"));
        main = UiTestSupport.show(stage, session, new FakeDialogs());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBirthdayAddedOnTheClientPageShowsOnToday(FxRobot robot) {
        robot.interact(() -> main.showClient(acme.id()));
        robot.clickOn("#client-dates");
        ComboBox<DatedEvent.Kind> kind = robot.lookup("#date-kind").queryAs(ComboBox.class);
        robot.interact(() -> kind.setValue(DatedEvent.Kind.BIRTHDAY));
        robot.interact(() -> robot.lookup("#date-on").queryAs(DateField.class).setValue(LocalDate.of(1984, 11, 28)));
        robot.clickOn("#form-save");
        assertThat(robot.lookup("#error-contact").queryAs(javafx.scene.control.Label.class).getText()).contains("choose one");
        ComboBox<Contact> person = robot.lookup("#date-person").queryAs(ComboBox.class);
        robot.interact(() -> person.setValue(person.getItems().get(0)));
        robot.clickOn("#form-save");
        assertThat(session.dates().forClient(acme.id())).singleElement().extracting(DatedEvent::contactId).isEqualTo(ann.id());
        robot.clickOn("#form-cancel");
        robot.interact(main::showToday);
        assertThat(session.todayList().today().items()).extracting(i -> i.title() + " · " + i.detail())
                .containsExactly("Birthday: Ann Lee · On Nov 28, 2026, in 3 days");
        atlantafx.base.controls.Tile row = robot.lookup("#today-item-date-coming-" + session.dates().forClient(acme.id()).get(0).id())
                .queryAs(atlantafx.base.controls.Tile.class);
        assertThat(((org.kordamp.ikonli.javafx.FontIcon) row.getGraphic()).getIconCode()).isEqualTo(org.kordamp.ikonli.feather.Feather.GIFT);
    }
}
