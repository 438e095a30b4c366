package dev.rapport.cli;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.RuleBreach;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "The journal's rows that break a domain rule (written by an older Rapport or another tool), "
                + "one a line: table, row, client, field, what is wrong and how to fix it. Exit code 1 when there are any.")
final class CheckCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Mixin
    JournalOption journalOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<RuleBreach> breaches;
        try (JournalSession session = journalOption.openForReading()) {
            breaches = session.check();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(Map.of("badRows", breaches.size(), "rows", breaches.stream().map(b -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("table", b.table());
                m.put("row", b.key());
                m.put("client", b.client());
                m.put("field", b.field());
                m.put("problem", b.problem());
                m.put("fix", fix(b));
                return m;
            }).toList())));
        } else {
            for (RuleBreach b : breaches) {
                out.println(String.join("\t", b.table(), b.key(), b.client() == null ? "" : b.client(), b.field(), b.problem(), fix(b)));
            }
            spec.commandLine().getErr().println(breaches.isEmpty() ? I18n.t("cli.check.clean")
                    : I18n.plural("cli.check.found", breaches.size()));
        }
        out.flush();
        return breaches.isEmpty() ? 0 : 1;
    }

    /** Where the row can be put right: in the window at its client, or (a client's own row, or none) by its table. */
    private static String fix(RuleBreach b) {
        if (b.client() != null && !b.table().equals("client")) {
            return I18n.t("cli.check.fixAtClient", b.client(), b.field());
        }
        return I18n.t("cli.check.fix", b.field());
    }
}
