package dev.rapport.ui.journal;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Form;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/** Who took part in an entry: a box for each person of the chosen client, read off the FX thread as the client changes. */
final class PeoplePresent extends FlowPane {
    private final AppContext app;
    private final Form form;
    private final ObservableValue<Client> client;
    private final Set<Long> ticked;
    private final List<CheckBox> boxes = new ArrayList<>();

    /** ticked: who was there when the entry was stored (none for a new one). */
    PeoplePresent(AppContext app, Form form, ObservableValue<Client> client, Set<Long> ticked) {
        super(12, 6);
        this.app = app;
        this.form = form;
        this.client = client;
        this.ticked = ticked;
        setId("entry-people");
        client.addListener((o, a, b) -> load());
    }

    /** Shows the chosen client's people (called once more as the sheet opens, the client may be chosen already). */
    void load() {
        getChildren().clear();
        boxes.clear();
        Client chosen = client.getValue();
        if (chosen == null) {
            getChildren().add(muted(I18n.t("journal.form.chooseClient")));
            return;
        }
        form.load(app.background(), () -> app.session().contacts().forClient(chosen.id()), people -> {
            if (client.getValue() == chosen) {
                show(people);
            }
        });
    }

    private void show(List<Contact> people) {
        getChildren().clear();
        boxes.clear();
        for (Contact c : people) {
            CheckBox box = new CheckBox(c.name());
            box.setUserData(c.id());
            box.setSelected(ticked.contains(c.id()));
            boxes.add(box);
        }
        getChildren().addAll(boxes);
        if (boxes.isEmpty()) {
            getChildren().add(muted(I18n.t("journal.form.noPeople")));
        }
    }

    /** The ids of the people ticked. */
    List<Long> chosenIds() {
        return boxes.stream().filter(CheckBox::isSelected).map(b -> (Long) b.getUserData()).toList();
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }
}
