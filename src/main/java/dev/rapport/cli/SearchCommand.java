package dev.rapport.cli;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.SearchHit;
import dev.rapport.model.SearchResults;

import java.io.PrintWriter;
import java.util.ArrayList;
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

@Command(name = "search", mixinStandardHelpOptions = true, versionProvider = Version.class, description = "Find clients, contacts and journal entries; one hit a line: kind, then a tab-separated row.")
final class SearchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "TEXT", arity = "1..*", descriptionKey = "text", description = "Words to find; each matches as a prefix.")
    List<String> words;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Option(names = "--limit", defaultValue = "20", description = "Journal entries to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    JournalOption journalOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (JournalSession session = journalOption.openForReading()) {
            SearchResults results = session.search().search(String.join(" ", words));
            List<SearchHit> entries = new ArrayList<>(results.entries());
            SearchResults page = results;
            while (entries.size() < limit && page.moreEntries()) {
                page = session.search().moreEntries(page);
                entries.addAll(page.entries());
            }
            List<SearchHit> shown = entries.subList(0, Math.min(limit, entries.size()));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(toJson(results, shown)));
            } else {
                print(out, results.clients());
                print(out, results.contacts());
                print(out, results.ledger());
                print(out, shown);
                if (results.isEmpty()) {
                    spec.commandLine().getErr().println(I18n.t("cli.search.none"));
                }
            }
            out.flush();
        }
        return 0;
    }

    private static void print(PrintWriter out, List<SearchHit> hits) {
        for (SearchHit h : hits) {
            String when = h.when() == null ? "" : h.when().toLocalDate() + " " + h.when().toLocalTime() + "\t";
            out.println(Json.word(h.kind()) + "\t" + when + h.title() + "\t" + oneLine(h.detail()));
        }
    }

    private static String oneLine(String s) {
        String flat = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return flat.length() > 120 ? flat.substring(0, 119) + "…" : flat;
    }

    private static Map<String, Object> toJson(SearchResults results, List<SearchHit> entries) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("query", results.query());
        doc.put("clients", results.clients().stream().map(SearchCommand::hit).toList());
        doc.put("contacts", results.contacts().stream().map(SearchCommand::hit).toList());
        doc.put("ledger", results.ledger().stream().map(SearchCommand::hit).toList());
        doc.put("entries", entries.stream().map(SearchCommand::hit).toList());
        return doc;
    }

    private static Map<String, Object> hit(SearchHit h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", Json.word(h.kind()));
        m.put("id", h.id());
        m.put("clientId", h.clientId());
        m.put("title", h.title());
        m.put("detail", h.detail());
        m.put("when", h.when() == null ? null : h.when().toString());
        return m;
    }
}
