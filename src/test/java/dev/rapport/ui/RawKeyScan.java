package dev.rapport.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;

/** Finds texts on screen that look like a bundle key nobody translated ("ledger.promises.title", first part a bundle's area). */
final class RawKeyScan {
    static final Pattern RAW_KEY = Pattern.compile("^[a-z]+(\\.[a-zA-Z0-9]+)+$");

    private RawKeyScan() {
    }

    /** Every shown text under the node (labels, buttons, tabs, column headers, prompts, tooltips) that looks like a key. */
    static List<String> rawKeys(Node root) {
        List<String> out = new ArrayList<>();
        visit(root, out);
        return out;
    }

    /** Every shown text under the node, for asserting what a screen says. */
    static List<String> texts(Node root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void visit(Node node, List<String> out) {
        List<String> all = new ArrayList<>();
        collect(node, all);
        Set<String> areas = areas();
        for (String t : all) {
            if (t != null && RAW_KEY.matcher(t.strip()).matches() && areas.contains(t.strip().substring(0, t.strip().indexOf('.')))
                    && !t.strip().endsWith(".rapport")) { // a journal's file name ("journal.rapport") is data, not a key
                out.add(t);
            }
        }
    }

    /** The bundle areas ("ledger", "health"…): a key starts with one; data such as "journal.rapport" does not. */
    private static Set<String> areas() {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/dev/rapport/i18n"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .map(n -> n.substring(0, n.length() - ".properties".length())).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(Node node, List<String> out) {
        if (node instanceof Labeled l) {
            out.add(l.getText());
            add(l.getTooltip(), out);
        }
        if (node instanceof TextInputControl t) {
            out.add(t.getPromptText());
        }
        if (node instanceof ComboBoxBase<?> c) {
            out.add(c.getPromptText());
        }
        if (node instanceof TabPane p) {
            p.getTabs().forEach(tab -> out.add(tab.getText()));
        }
        if (node instanceof TableView<?> table) {
            table.getColumns().forEach(c -> columns(c, out));
        }
        Object tip = node.getProperties().get("javafx.scene.control.Tooltip");
        if (tip instanceof Tooltip t) {
            add(t, out);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    private static void columns(TableColumn<?, ?> c, List<String> out) {
        out.add(c.getText());
        c.getColumns().forEach(x -> columns(x, out));
    }

    private static void add(Tooltip t, List<String> out) {
        if (t != null) {
            out.add(t.getText());
        }
    }
}
