package dev.rapport.cli;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.JournalStats;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = Version.class, description = "Figures over the journal: clients, contacts, entries, keep-in-touch states.")
final class StatsCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Mixin
    JournalOption journalOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (JournalSession session = journalOption.openForReading()) {
            JournalStats s = session.stats().journal();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(toJson(s)));
            } else {
                out.printf("Journal        %s%n", session.file());
                out.printf("Clients        %d (%s), %d archived%n", s.clients(), joined(s.clientsByStatus()), s.archivedClients());
                out.printf("Contacts       %d%n", s.contacts());
                out.printf("Entries        %d, %d in the last 30 days%n", s.entries(), s.entriesLast30Days());
                out.printf("By channel     %s%n", joined(s.entriesByChannel()));
                out.printf("Keep in touch  %s (active clients)%n", joined(s.rhythm()));
            }
            out.flush();
        }
        return 0;
    }

    private static String joined(Map<? extends Enum<?>, Integer> counts) {
        StringBuilder b = new StringBuilder();
        counts.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k.name().toLowerCase(Locale.ROOT)).append(' ').append(v));
        return b.toString();
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
        counts.forEach((k, v) -> m.put(k.name().toLowerCase(Locale.ROOT), v));
        return m;
    }
}
