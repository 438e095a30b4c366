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

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
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
    private final Runnable afterImport;

    public MailDrop(AppContext app, Runnable afterImport) {
        this.app = app;
        this.afterImport = afterImport;
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
                    importFiles(files);
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
                    (m, e) -> failures.add(MailReport.Failure.refused(m.source(), e.getMessage())));
            return new Result(new MailReport(outcomes, failures, false), app.session().mail().proposals(),
                    app.session().mail().unmatched());
        }, result -> {
            afterImport.run();
            app.status().say(result.report().summary());
            show(result);
        }, t -> app.dialogs().error(I18n.t("data.nothingImported"), t.getMessage()));
    }

    private record Result(MailReport report, List<MailIntake.Proposal> proposals, List<MailIntake.Waiting> unmatched) {
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
                form.addRow(new Label(I18n.t("mail.report.offer", o.name().isEmpty() ? o.email() : o.name() + " <" + o.email() + ">",
                        o.clientName())));
            }
        }
        if (!result.unmatched().isEmpty()) {
            form.addRow(heading(I18n.t("mail.ui.unmatched")));
            for (MailIntake.Waiting w : result.unmatched()) {
                form.addRow(waiting(w));
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
            accept.setDisable(true);
            app.background().run(() -> app.session().mail().accept(p.key()), r -> {
                accept.setText(I18n.t("mail.ui.accepted"));
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

    private Node waiting(MailIntake.Waiting w) {
        Label what = new Label(w.sender() + " · " + w.source());
        Button ignore = new Button(I18n.t("mail.ui.ignore"));
        ignore.setOnAction(e -> {
            ignore.setDisable(true);
            app.background().run(() -> {
                app.session().mail().ignore(w.key());
                return null;
            }, r -> what.setDisable(true), t -> ignore.setDisable(false));
        });
        return new HBox(8, what, ignore);
    }
}
