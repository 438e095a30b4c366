package dev.rapport.ui.data;

import dev.rapport.export.mail.MailFileException;
import dev.rapport.export.mail.MailFiles;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.MailIntake;
import dev.rapport.logic.MailReport;
import dev.rapport.model.MailMessage;
import dev.rapport.model.RapportException;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Form;
import dev.rapport.ui.mail.UnmatchedMail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Mail files in through the window: Journal → Import mail… (a file chooser for .eml and .msg) and
 * .eml / .msg files or folders dropped onto the window. The work runs off the FX thread; a sheet
 * then reports what came in, one line a file, with the requests to accept (one click or key
 * each), the new people offered and the unmatched mail. The rules are {@link MailIntake}'s.
 */
public final class MailDrop {
    private final AppContext app;
    /** The key under which an installed node keeps what a drop on it does (a {@code Consumer<List<Path>>}). */
    public static final String DROPPED = "rapport.mailDrop";

    private final Runnable afterImport;
    private final UnmatchedMail unmatched;

    public MailDrop(AppContext app, Runnable afterImport) {
        this.app = app;
        this.afterImport = afterImport;
        this.unmatched = new UnmatchedMail(app, afterImport);
    }

    /** Journal → Import mail…: chooses files, then imports them. */
    public MenuItem menuItem(Node owner) {
        MenuItem item = new MenuItem(I18n.t("mail.ui.menu"));
        item.setId("menu-import-mail");
        // What a drop does, reachable for tests (a headless robot cannot drag from the desktop).
        item.setUserData(this);
        item.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(I18n.t("mail.ui.chooserTitle"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("mail.ui.filter"), "*.eml", "*.msg"));
            List<File> chosen = chooser.showOpenMultipleDialog(owner.getScene().getWindow());
            if (chosen != null && !chosen.isEmpty()) {
                importFiles(chosen.stream().map(File::toPath).toList());
            }
        });
        return item;
    }

    /** Lets .eml and .msg files (or folders of them) be dropped onto the node. */
    public void install(Node target) {
        install(target, () -> null);
    }

    /**
     * Lets mail be dropped onto a client's page or a person: an unknown sender of mail with no one
     * else known is then taken to be at that client (offered as a new person) or that person.
     */
    public void install(Node target, Supplier<MailIntake.Context> context) {
        Consumer<List<Path>> dropped = files -> importFiles(files, context.get());
        // what a drop here does, reachable for tests (a headless robot cannot drag from the desktop)
        target.getProperties().put(DROPPED, dropped);
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream().map(File::toPath).anyMatch(MailDrop::accepts)) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            if (e.getDragboard().hasFiles()) {
                List<Path> files = e.getDragboard().getFiles().stream().map(File::toPath).filter(MailDrop::accepts).toList();
                if (!files.isEmpty()) {
                    dropped.accept(files);
                    e.setDropCompleted(true);
                    e.consume();
                }
            }
        });
    }

    static boolean accepts(Path p) {
        return Files.isDirectory(p) || MailFiles.looksLikeMail(p);
    }

    /** Reads and imports the files off the FX thread, then shows what came in. */
    public void importFiles(List<Path> files) {
        importFiles(files, null);
    }

    /** As {@link #importFiles(List)}, dropped where {@code context} says (null: on the window). */
    public void importFiles(List<Path> files, MailIntake.Context context) {
        app.status().say(I18n.t("mail.ui.working"));
        app.background().run(() -> {
            List<MailMessage> messages = new ArrayList<>();
            List<MailReport.Failure> failures = new ArrayList<>();
            for (Path f : MailFiles.files(files)) {
                try {
                    messages.add(MailFiles.read(f));
                } catch (MailFileException e) {
                    failures.add(new MailReport.Failure(e.file(), e.getMessage()));
                }
            }
            List<MailIntake.Outcome> outcomes = app.session().mail().take(messages, false, false,
                    (m, e) -> failures.add(MailReport.Failure.refused(m.source(), e.getMessage())), context);
            return new Result(new MailReport(outcomes, failures, false), app.session().mail().proposals(), unmatched.listing());
        }, result -> {
            afterImport.run();
            app.status().say(result.report().summary());
            show(result);
        }, t -> app.dialogs().error(I18n.t("data.nothingImported"), t.getMessage()));
    }

    private record Result(MailReport report, List<MailIntake.Proposal> proposals, UnmatchedMail.Listing unmatched) {
    }

    private void show(Result result) {
        Form form = new Form(I18n.t("mail.ui.title"), result.report().summary());
        form.setId("mail-import-sheet");
        Label lines = new Label(String.join(System.lineSeparator(), result.report().lines()));
        lines.setId("mail-import-lines");
        lines.setWrapText(true);
        form.addRow(lines);
        if (!result.proposals().isEmpty()) {
            form.addRow(heading(I18n.t("mail.ui.proposals")));
            for (MailIntake.Proposal p : result.proposals()) {
                form.addRow(proposal(p));
            }
        }
        List<MailIntake.Offer> offers = result.report().offers();
        if (!offers.isEmpty()) {
            form.addRow(heading(I18n.t("mail.ui.offers")));
            for (MailIntake.Offer o : offers) {
                form.addRow(offer(o));
            }
        }
        if (!result.unmatched().waiting().isEmpty()) {
            form.addRow(heading(I18n.t("mail.ui.unmatched")));
            for (MailIntake.Waiting w : result.unmatched().waiting()) {
                form.addRow(unmatched.row(w, result.unmatched().people()));
            }
        }
        form.setSaveText(I18n.t("mail.ui.close"));
        form.onSave(() -> app.sheets().close());
        form.onCancel(() -> app.sheets().close());
        app.sheets().show(form);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-4");
        return l;
    }

    private Node proposal(MailIntake.Proposal p) {
        Label what = new Label(p.clientName() + " · " + p.subject() + System.lineSeparator()
                + dev.rapport.logic.Questions.numbered(p.questions()));
        what.setWrapText(true);
        Button accept = new Button(I18n.t("mail.ui.accept"));
        accept.getStyleClass().add("mail-accept");
        accept.setMnemonicParsing(false);
        accept.setOnAction(e -> {
            boolean keyboard = accept.isFocused();
            accept.setDisable(true);
            app.background().run(() -> app.session().mail().accept(p.key()), r -> {
                accept.setText(I18n.t("mail.ui.accepted"));
                if (keyboard && accept.getScene() != null) {
                    // the disabled button lets go of the focus: the next request to accept (else Close) takes it
                    accept.getScene().getRoot().lookupAll(".mail-accept").stream().filter(n -> !n.isDisabled()).findFirst()
                            .or(() -> Optional.ofNullable(accept.getScene().getRoot().lookup("#mail-import-sheet #form-save")))
                            .ifPresent(Node::requestFocus);
                }
                afterImport.run();
            }, t -> {
                accept.setDisable(false);
                app.dialogs().error(I18n.t("data.nothingImported"), t instanceof RapportException ? t.getMessage() : String.valueOf(t));
            });
        });
        VBox box = new VBox(4, what, accept);
        box.getStyleClass().add("mail-proposal");
        return box;
    }

    /** A new person offered (or an address offered to a person): one button adds them. */
    private Node offer(MailIntake.Offer o) {
        String who = o.name().isEmpty() ? o.email() : o.name() + " <" + o.email() + ">";
        Label what = new Label(I18n.t(o.contactId() == null ? "mail.offer.person" : "mail.offer.email", who, o.clientName()));
        what.setWrapText(true);
        Button add = new Button(I18n.t(o.contactId() == null ? "mail.offer.add" : "mail.offer.addEmail"));
        add.getStyleClass().add("mail-offer-add");
        add.setMnemonicParsing(false);
        add.setOnAction(e -> {
            add.setDisable(true);
            app.background().run(() -> app.session().mail().takeOffer(o), person -> {
                add.setText(I18n.t("mail.offer.added", person.name()));
                afterImport.run();
            }, t -> {
                add.setDisable(false);
                app.dialogs().error(I18n.t("mail.ui.title"), t.getMessage());
            });
        });
        VBox box = new VBox(4, what, add);
        box.getStyleClass().add("mail-offer");
        return box;
    }
}
