package dev.rapport.cli;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.ClientAsk;
import dev.rapport.model.RapportException;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rapport asks}: the asks of a client (issue 21's short list of what the consultant needs
 * from the client, with due dates) from the terminal, under the same rules as the review sheet: a
 * text is required, a due date is a date (two weeks from today unless given, as the sheet offers).
 */
@Command(name = "asks", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "The asks of a client (decisions or inputs needed from the client, with due dates): list them, "
                + "add one, mark one done or open again. Listed open first by due date, then the done ones; one a line: "
                + "number, due date, done date (empty while open), text.",
        subcommands = {AsksCommand.Add.class, AsksCommand.Done.class, AsksCommand.Undone.class})
final class AsksCommand implements Callable<Integer> {
    /** The due date an ask gets when none is given: what the review sheet offers. */
    static final int DEFAULT_DAYS = 14;

    @Option(names = "--client", paramLabel = "NAME", description = "The client (case-insensitive).")
    String client;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Mixin
    JournalOption journalOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (client == null) {
            throw new RapportException(I18n.t("review.cli.asksNeedClient"));
        }
        try (JournalSession session = journalOption.openForReading()) {
            Client c = session.clients().byName(client);
            List<ClientAsk> asks = session.clientReviews().asks(c.id());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("clientId", c.id());
                doc.put("client", c.name());
                doc.put("asks", asks.stream().map(AsksCommand::toJson).toList());
                out.println(Json.write(doc));
            } else if (asks.isEmpty()) {
                spec.commandLine().getErr().println(I18n.t("review.cli.noAsks", c.name()));
            } else {
                asks.forEach(a -> out.println(line(a)));
            }
            out.flush();
            spec.commandLine().getErr().flush();
            return 0;
        }
    }

    static String line(ClientAsk a) {
        return String.join("\t", Long.toString(a.id()), a.due().toString(), a.doneOn() == null ? "" : a.doneOn().toString(), a.what());
    }

    static Map<String, Object> toJson(ClientAsk a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("text", a.what());
        m.put("due", a.due().toString());
        m.put("done", !a.open());
        m.put("doneOn", a.doneOn() == null ? null : a.doneOn().toString());
        return m;
    }

    /** Prints the ask as it now stands: one line, or one JSON document. */
    private static int print(CommandSpec spec, boolean json, ClientAsk ask, String said) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(toJson(ask)));
        } else {
            out.println(line(ask));
            spec.commandLine().getErr().println(said);
        }
        out.flush();
        spec.commandLine().getErr().flush();
        return 0;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Add an ask of the client. Prints it as 'rapport asks' lists it.")
    static final class Add implements Callable<Integer> {
        @Option(names = "--client", required = true, paramLabel = "NAME", description = "The client (case-insensitive).")
        String client;

        @Option(names = "--text", required = true, paramLabel = "T", description = "What is asked of the client.")
        String text;

        @Option(names = "--due", paramLabel = "D", description = "The day it is needed by (YYYY-MM-DD; default: two weeks from today).")
        LocalDate due;

        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        @Mixin
        JournalOption journalOption;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (JournalSession session = journalOption.openForWriting()) {
                Client c = session.clients().byName(client);
                LocalDate by = due != null ? due : session.today().plusDays(DEFAULT_DAYS);
                ClientAsk saved = session.clientReviews().saveAsk(ClientAsk.of(c.id(), text, by));
                return print(spec, json, saved, I18n.t("review.cli.askAdded", Long.toString(saved.id()), c.name()));
            }
        }
    }

    /** Marks an ask done today or open again; the ask as it now stands is printed. */
    abstract static class Mark implements Callable<Integer> {
        @Parameters(paramLabel = "ID", descriptionKey = "id", description = "The ask's number.")
        long id;

        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        @Mixin
        JournalOption journalOption;

        @Spec
        CommandSpec spec;

        abstract boolean done();

        @Override
        public Integer call() {
            try (JournalSession session = journalOption.openForWriting()) {
                ClientAsk ask = session.clientReviews().markDone(id, done());
                return print(spec, json, ask, I18n.t(done() ? "review.cli.askDone" : "review.cli.askUndone", Long.toString(id)));
            }
        }
    }

    @Command(name = "done", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Mark an ask done today (its number from 'rapport asks').")
    static final class Done extends Mark {
        @Override
        boolean done() {
            return true;
        }
    }

    @Command(name = "undone", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Open a done ask again (its number from 'rapport asks').")
    static final class Undone extends Mark {
        @Override
        boolean done() {
            return false;
        }
    }
}
