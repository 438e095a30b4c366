package dev.rapport.cli;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.JournalStats;
import dev.rapport.model.LedgerFigures;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Figures over the journal: clients, contacts, entries, keep-in-touch states, "
                + "and the promise, problem and request figures for a client and period.")
final class StatsCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Option(names = "--client", paramLabel = "NAME", description = "Only this client's promises, problems and requests.")
    String client;

    @Option(names = "--from", paramLabel = "D", description = "First day of the period (YYYY-MM-DD), inclusive.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "D", description = "Last day of the period (YYYY-MM-DD), inclusive.")
    LocalDate to;

    @Mixin
    JournalOption journalOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (JournalSession session = journalOption.openForReading()) {
            JournalStats s = session.stats().journal();
            Client chosen = client == null ? null : session.clients().byName(client);
            LedgerFigures.All ledger = session.ledger().figures(chosen == null ? null : chosen.id(), from, to);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> doc = toJson(s);
                doc.put("client", chosen == null ? null : chosen.name());
                doc.put("from", from == null ? null : from.toString());
                doc.put("to", to == null ? null : to.toString());
                doc.put("promises", LedgerJson.promises(ledger.promises()));
                doc.put("problems", LedgerJson.problems(ledger.problems()));
                doc.put("requests", LedgerJson.requests(ledger.requests()));
                out.println(Json.write(doc));
            } else {
                Table table = new Table(out);
                table.row("cli.stats.journal", session.file().toString());
                table.row("cli.stats.clients", I18n.t("cli.stats.clientsValue", s.clients(), joined(s.clientsByStatus()),
                        s.archivedClients()));
                table.row("cli.stats.contacts", I18n.t("cli.number", s.contacts()));
                table.row("cli.stats.entries", I18n.t("cli.stats.entriesValue", s.entries(), s.entriesLast30Days()));
                table.row("cli.stats.byChannel", joined(s.entriesByChannel()));
                table.row("cli.stats.keepInTouch", I18n.t("cli.stats.activeClients", joined(s.rhythm())));
                table.row("cli.stats.figuresFor", (chosen == null ? I18n.t("cli.stats.allClients") : chosen.name()) + ", " + period());
                table.row("cli.stats.promises", LedgerJson.promisesLine(ledger.promises()));
                table.row("cli.stats.problems", LedgerJson.problemsLine(ledger.problems()));
                table.row("cli.stats.requests", LedgerJson.requestsLine(ledger.requests()));
                table.print();
            }
            out.flush();
        }
        return 0;
    }

    private String period() {
        if (from == null && to == null) {
            return I18n.t("cli.stats.allTime");
        }
        return I18n.t("cli.stats.period", from == null ? I18n.t("cli.stats.theStart") : from.toString(),
                to == null ? I18n.t("cli.stats.today") : to.toString());
    }

    private static String joined(Map<? extends Enum<?>, Integer> counts) {
        StringBuilder b = new StringBuilder();
        counts.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(word(k)).append(' ').append(v));
        return b.toString();
    }

    /** A status, channel or rhythm colour as a word of the language (JSON keeps the constant's name). */
    private static String word(Enum<?> constant) {
        Locale locale = I18n.messages().locale();
        if (constant instanceof dev.rapport.model.ClientStatus status) {
            return status.label().toLowerCase(locale);
        }
        if (constant instanceof dev.rapport.model.Channel channel) {
            return channel.label().toLowerCase(locale);
        }
        return I18n.t("cli.stats.word." + constant.name().toLowerCase(Locale.ROOT));
    }

    private static Map<String, Object> toJson(JournalStats s) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("clients", s.clients());
        doc.put("clientsByStatus", lower(s.clientsByStatus()));
        doc.put("archivedClients", s.archivedClients());
        doc.put("contacts", s.contacts());
        doc.put("entries", s.entries());
        doc.put("entriesLast30Days", s.entriesLast30Days());
        doc.put("entriesByChannel", lower(s.entriesByChannel()));
        doc.put("keepInTouch", lower(s.rhythm()));
        return doc;
    }

    private static Map<String, Integer> lower(Map<? extends Enum<?>, Integer> counts) {
        Map<String, Integer> m = new LinkedHashMap<>();
        counts.forEach((k, v) -> m.put(Json.word(k), v));
        return m;
    }
}
