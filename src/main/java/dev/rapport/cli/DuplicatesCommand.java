package dev.rapport.cli;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.DuplicatePair;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "duplicates", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Likely duplicate contacts, one pair a line (tab-separated): first contact, its client, second contact, "
                + "its client, the reason (same email; same phone digits; similar name at the same client: the same name "
                + "ignoring accents, case and word order, or at most 2 letters apart when both have 6 letters or more).")
final class DuplicatesCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Mixin
    JournalOption journalOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (JournalSession session = journalOption.openForReading()) {
            List<DuplicatePair> pairs = session.duplicates().find();
            Map<Long, String> clients = new HashMap<>();
            for (Client c : session.clients().all()) {
                clients.put(c.id(), c.name());
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(Map.of("pairs", pairs.stream().map(p -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("first", contact(p.first(), clients));
                    m.put("second", contact(p.second(), clients));
                    m.put("reasons", p.reasons().stream().map(Json::word).toList());
                    return m;
                }).toList())));
            } else {
                for (DuplicatePair p : pairs) {
                    out.println(String.join("\t", p.first().name(), clients.getOrDefault(p.first().clientId(), ""),
                            p.second().name(), clients.getOrDefault(p.second().clientId(), ""), p.reasonText()));
                }
                if (pairs.isEmpty()) {
                    spec.commandLine().getErr().println(I18n.t("cli.duplicates.none"));
                }
            }
            out.flush();
        }
        return 0;
    }

    private static Map<String, Object> contact(Contact c, Map<Long, String> clients) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("name", c.name());
        m.put("client", clients.getOrDefault(c.clientId(), ""));
        m.put("email", c.email());
        m.put("phone", c.phone());
        return m;
    }
}
