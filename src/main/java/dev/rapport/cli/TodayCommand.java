package dev.rapport.cli;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.ClientOverview;
import dev.rapport.model.TodayItem;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "today", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "What needs you now, most urgent first; one item a line: group, kind, client, what, detail (tab-separated).")
final class TodayCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Mixin
    JournalOption journalOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (JournalSession session = journalOption.openForReading()) {
            TodayItem.Day day = session.todayList().today();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(toJson(day)));
            } else {
                for (TodayItem i : day.items()) {
                    out.println(String.join("\t", key(i.group()), key(i.kind()), i.clientName(), oneLine(i.title()), i.detail()));
                }
                for (ClientOverview o : day.losingTouch()) {
                    out.println(String.join("\t", "losing-touch", "keep-in-touch", o.client().name(),
                            I18n.plural("cli.today.daysSince", o.daysSinceLastContact()),
                            I18n.t("cli.today.rhythm", o.client().rhythm().idealDays(), o.client().rhythm().maxDays())));
                }
                if (day.isEmpty()) {
                    spec.commandLine().getErr().println(I18n.t("cli.today.nothing"));
                }
            }
            out.flush();
        }
        return 0;
    }

    private static String key(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String oneLine(String s) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() > 100 ? flat.substring(0, 99) + "…" : flat;
    }

    private static Map<String, Object> toJson(TodayItem.Day day) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("date", day.date().toString());
        doc.put("due", day.dueCount());
        List<Map<String, Object>> items = day.items().stream().map(i -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("group", key(i.group()));
            m.put("kind", key(i.kind()));
            m.put("id", i.itemId());
            m.put("clientId", i.clientId());
            m.put("client", i.clientName());
            m.put("title", i.title());
            m.put("detail", i.detail());
            m.put("minutesLate", i.minutesLate());
            return m;
        }).toList();
        doc.put("items", items);
        doc.put("losingTouch", day.losingTouch().stream().map(o -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("clientId", o.client().id());
            m.put("client", o.client().name());
            m.put("daysSinceLastContact", o.daysSinceLastContact());
            m.put("idealDays", o.client().rhythm().idealDays());
            m.put("maxDays", o.client().rhythm().maxDays());
            return m;
        }).toList());
        return doc;
    }
}
