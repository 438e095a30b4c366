package dev.rapport.ui.journal;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.model.Channel;
import dev.rapport.model.Problem;
import dev.rapport.model.Promise;
import dev.rapport.model.RaisedBy;
import dev.rapport.model.Request;
import dev.rapport.model.Severity;
import dev.rapport.model.ValidationException;
import dev.rapport.ui.common.DateField;
import dev.rapport.ui.common.EnumLabels;
import dev.rapport.ui.controls.TypePicker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The promises, requests and problems of the conversation being logged: a "+ Promise /
 * + Request / + Problem" row (Alt+P, Alt+R, Alt+X while the sheet is open) and one small block
 * per item, each saved with the entry.
 */
final class ConversationItems extends VBox {
    static final KeyCombination PROMISE_KEYS = new KeyCodeCombination(KeyCode.P, KeyCombination.ALT_DOWN);
    static final KeyCombination REQUEST_KEYS = new KeyCodeCombination(KeyCode.R, KeyCombination.ALT_DOWN);
    static final KeyCombination PROBLEM_KEYS = new KeyCodeCombination(KeyCode.X, KeyCombination.ALT_DOWN);

    private final VBox blocks = new VBox(10);
    private final List<PromiseBlock> promises = new ArrayList<>();
    private final List<RequestBlock> requests = new ArrayList<>();
    private final List<ProblemBlock> problems = new ArrayList<>();

    private final java.time.Clock clock;

    ConversationItems(java.time.Clock clock) {
        super(8);
        this.clock = clock;
        setId("entry-items");
        Button promise = adder("entry-add-promise", I18n.t("journal.items.addPromise"), "Alt+P", this::addPromise);
        Button request = adder("entry-add-request", I18n.t("journal.items.addRequest"), "Alt+R", this::addRequest);
        Button problem = adder("entry-add-problem", I18n.t("journal.items.addProblem"), "Alt+X", this::addProblem);
        HBox row = new HBox(8, promise, request, problem);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(blocks, row);
    }

    private static Button adder(String id, String text, String keys, Runnable action) {
        Button b = new Button(text + "  " + keys);
        b.setId(id);
        b.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        b.setMnemonicParsing(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    void addPromise() {
        int n = promises.size() + 1;
        TextField what = text("entry-promise-what-" + n, I18n.t("journal.items.promiseWhat"));
        DateField due = new DateField(clock);
        due.getEditor().setId("entry-promise-due-" + n);
        due.setPromptText(I18n.t("journal.items.due"));
        due.setPrefWidth(170);
        PromiseBlock block = new PromiseBlock(what, due);
        promises.add(block);
        add(block(I18n.t("journal.items.promise"), () -> promises.remove(block), what, due), what);
    }

    void addRequest() {
        int n = requests.size() + 1;
        TextField question = text("entry-request-" + n, I18n.t("journal.items.question"));
        RequestBlock block = new RequestBlock(question);
        requests.add(block);
        add(block(I18n.t("journal.items.request"), () -> requests.remove(block), question), question);
    }

    void addProblem() {
        int n = problems.size() + 1;
        TextField what = text("entry-problem-" + n, I18n.t("journal.items.problemWhat"));
        TypePicker<Severity> severity = new TypePicker<>();
        severity.setId("entry-problem-severity-" + n);
        severity.getItems().setAll(Severity.values());
        severity.setConverter(new EnumLabels<>(Severity::label));
        severity.setValue(Severity.MEDIUM);
        ProblemBlock block = new ProblemBlock(what, severity);
        problems.add(block);
        add(block(I18n.t("journal.items.problem"), () -> problems.remove(block), what, severity), what);
    }

    boolean isEmpty() {
        return promises.isEmpty() && requests.isEmpty() && problems.isEmpty();
    }

    /** The promises as typed; the client and the link are the entry's, filled in when it is saved. */
    List<Promise> promises(long clientId, LocalDate madeOn) {
        List<Promise> out = new ArrayList<>();
        for (PromiseBlock b : promises) {
            LocalDate due = date(b.due);
            out.add(checked(() -> Promise.create(clientId, b.what.getText(), madeOn, due)));
        }
        return out;
    }

    List<Request> requests(long clientId, Instant receivedAt, Channel channel) {
        List<Request> out = new ArrayList<>();
        for (RequestBlock b : requests) {
            out.add(checked(() -> new Request(0, clientId, null, receivedAt, channel, "", List.of(b.question.getText()),
                    null, null, List.of(), false)));
        }
        return out;
    }

    List<Problem> problems(long clientId, LocalDate raisedOn) {
        List<Problem> out = new ArrayList<>();
        for (ProblemBlock b : problems) {
            out.add(checked(() -> {
                Problem p = Problem.create(clientId, RaisedBy.CLIENT, raisedOn, b.what.getText());
                return new Problem(0, clientId, p.raisedBy(), p.raisedOn(), p.description(), "", "", b.severity.getValue(),
                        null, "", p.status(), null, null, "", "");
            }));
        }
        return out;
    }

    /** A block's rule broken is shown under the items, where the block is (the client's own rule stays at the client). */
    private static <T> T checked(java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (ValidationException e) {
            if ("client".equals(e.field())) {
                throw e;
            }
            throw new ValidationException("items", e.getMessage());
        }
    }

    /** The due date as typed (a date phrase, the on-screen format or ISO); null when empty. */
    private static LocalDate date(DateField field) {
        return field.read("items", I18n.t("journal.items.due"));
    }

    private void add(Node block, Node first) {
        blocks.getChildren().add(block);
        first.requestFocus();
    }

    private VBox block(String title, Runnable forget, Node... inputs) {
        Label heading = new Label(title);
        heading.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD);
        Button remove = new Button("\u2715");
        remove.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        remove.setAccessibleText(I18n.t("journal.items.remove"));
        HBox fields = new HBox(8, inputs);
        fields.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(inputs[0], Priority.ALWAYS);
        fields.getChildren().add(remove);
        VBox box = new VBox(4, heading, fields);
        box.getStyleClass().add("entry-item");
        remove.setOnAction(e -> {
            forget.run();
            blocks.getChildren().remove(box);
        });
        return box;
    }

    private static TextField text(String id, String prompt) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(prompt);
        return t;
    }

    private static final class PromiseBlock {
        final TextField what;
        final DateField due;

        PromiseBlock(TextField what, DateField due) {
            this.what = what;
            this.due = due;
        }
    }

    private static final class RequestBlock {
        final TextField question;

        RequestBlock(TextField question) {
            this.question = question;
        }
    }

    private static final class ProblemBlock {
        final TextField what;
        final TypePicker<Severity> severity;

        ProblemBlock(TextField what, TypePicker<Severity> severity) {
            this.what = what;
            this.severity = severity;
        }
    }
}
