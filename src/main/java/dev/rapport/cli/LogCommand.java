package dev.rapport.cli;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.logic.QuickLog;
import dev.rapport.model.Contact;
import dev.rapport.model.QuickLogDraft;
import dev.rapport.model.QuickLogDraft.Clause;
import dev.rapport.model.QuickLogSaved;
import dev.rapport.model.ValidationException;

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

/** The quick-log line from a terminal: the same words and checks as the window's Ctrl+L. */
@Command(name = "log", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Log a conversation in one line, as Ctrl+L does: CLIENT CHANNEL: WHAT HAPPENED; promise: WHAT by DATE @PERSON; "
                + "request: …; problem: … Prints what it saved, one part a line (tab-separated).")
final class LogCommand implements Callable<Integer> {
    @Parameters(paramLabel = "LINE", arity = "1..*", descriptionKey = "line",
            description = "The line, for example: \"nor call: sent the draft; promise: revised budget by fri @ilona\".")
    List<String> words;

    @Option(names = "--dry-run", description = "Show what the line would save; change nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Mixin
    JournalOption journalOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (JournalSession session = dryRun ? journalOption.openForReading() : journalOption.openForWriting()) {
            QuickLog quickLog = QuickLog.of(session);
            QuickLogDraft draft = quickLog.parse(String.join(" ", words));
            PrintWriter out = spec.commandLine().getOut();
            if (!draft.isValid()) {
                if (json) {
                    out.println(Json.write(toJson(draft, null)));
                    out.flush();
                }
                PrintWriter err = spec.commandLine().getErr();
                draft.issues().forEach(i -> err.println("rapport: " + i.message()));
                err.flush();
                return 1;
            }
            QuickLogSaved saved = dryRun ? null : quickLog.save(draft);
            if (json) {
                out.println(Json.write(toJson(draft, saved)));
            } else {
                print(out, draft, saved);
                spec.commandLine().getErr().println(dryRun ? I18n.t("cli.import.dryRun") : savedLine(draft));
            }
            out.flush();
            spec.commandLine().getErr().flush();
            return 0;
        } catch (ValidationException e) {
            spec.commandLine().getErr().println("rapport: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 1;
        }
    }

    private static String savedLine(QuickLogDraft draft) {
        return draft.clauses().isEmpty() ? I18n.t("quickLog.savedEntry", draft.client().name())
                : I18n.plural("quickLog.saved", draft.clauses().size(), draft.client().name());
    }

    /** One part a line: what it is, its id when saved (else empty), then its fields. */
    private static void print(PrintWriter out, QuickLogDraft d, QuickLogSaved saved) {
        out.println(String.join("\t", "client", String.valueOf(d.client().id()), d.client().name()));
        out.println(String.join("\t", "channel", "", key(d.channel())));
        for (Contact c : d.people()) {
            out.println(String.join("\t", "person", String.valueOf(c.id()), c.name()));
        }
        out.println(String.join("\t", "entry", saved == null ? "" : String.valueOf(saved.entry().id()), d.text()));
        List<Long> ids = saved == null ? List.of() : clauseIds(saved);
        for (int i = 0; i < d.clauses().size(); i++) {
            Clause c = d.clauses().get(i);
            out.println(String.join("\t", key(c.kind()), ids.isEmpty() ? "" : String.valueOf(ids.get(i)), c.text(),
                    c.due() == null ? "" : c.due().toString(), c.person() == null ? "" : c.person().name()));
        }
    }

    /** The stored ids in the draft's clause order. */
    private static List<Long> clauseIds(QuickLogSaved saved) {
        List<Long> out = new ArrayList<>();
        int promise = 0;
        int request = 0;
        int problem = 0;
        for (Clause c : saved.draft().clauses()) {
            out.add(switch (c.kind()) {
                case PROMISE -> saved.promises().get(promise++).id();
                case REQUEST -> saved.requests().get(request++).id();
                case PROBLEM -> saved.problems().get(problem++).id();
            });
        }
        return out;
    }

    private static Map<String, Object> toJson(QuickLogDraft d, QuickLogSaved saved) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("saved", saved != null);
        doc.put("line", d.line());
        if (!d.isValid()) {
            doc.put("issues", d.issues().stream().map(i -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("part", i.part());
                m.put("message", i.message());
                return m;
            }).toList());
            return doc;
        }
        doc.put("clientId", d.client().id());
        doc.put("client", d.client().name());
        doc.put("channel", key(d.channel()));
        doc.put("people", d.people().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("name", c.name());
            return m;
        }).toList());
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", saved == null ? null : saved.entry().id());
        entry.put("text", d.text());
        entry.put("occurredAt", saved == null ? null : saved.entry().occurredAt().toString());
        // the moment itself: the instant (UTC) and the zone it was written in (occurredAt is the instant there)
        entry.put("instant", saved == null ? null : saved.entry().instant().toString());
        entry.put("zone", saved == null ? null : saved.entry().zone().getId());
        doc.put("entry", entry);
        List<Long> ids = saved == null ? List.of() : clauseIds(saved);
        List<Map<String, Object>> promises = new ArrayList<>();
        List<Map<String, Object>> requests = new ArrayList<>();
        List<Map<String, Object>> problems = new ArrayList<>();
        for (int i = 0; i < d.clauses().size(); i++) {
            Clause c = d.clauses().get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", ids.isEmpty() ? null : ids.get(i));
            m.put("text", c.text());
            switch (c.kind()) {
                case PROMISE -> {
                    m.put("due", c.due().toString());
                    m.put("entryId", saved == null ? null : saved.entry().id());
                    promises.add(m);
                }
                case REQUEST -> requests.add(m);
                case PROBLEM -> {
                    m.put("target", c.due() == null ? null : c.due().toString());
                    problems.add(m);
                }
            }
            m.put("contactId", c.person() == null ? null : c.person().id());
        }
        doc.put("promises", promises);
        doc.put("requests", requests);
        doc.put("problems", problems);
        return doc;
    }

    private static String key(Enum<?> e) {
        return Json.word(e);
    }
}
