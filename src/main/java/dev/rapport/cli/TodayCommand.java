package dev.rapport.cli;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.logic.TodayPage;
import dev.rapport.model.ClientOverview;
import dev.rapport.model.Meeting;
import dev.rapport.model.TodayItem;
import dev.rapport.model.WriteUp;

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

@Command(name = "today", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "What needs you now, as the Today screen shows it: investigate alerts first, then the items most urgent first, "
                + "then the clients losing touch; one a line: group, kind, client, what, detail (tab-separated).")
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
            TodayPage page = TodayPage.of(session);
            TodayItem.Day day = page.day();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> doc = toJson(page);
                doc.put("meetings", meetings(session.meetings().thisWeek(), session));
                doc.put("writeUps", writeUps(session.writeUps().pending(), session));
                out.println(Json.write(doc));
            } else {
                for (TodayPage.Alert a : page.alerts()) {
                    out.println(String.join("\t", "investigate", key(a.alert().kind()), clientName(a), oneLine(a.alert().message()),
                            a.look()));
                }
                for (TodayItem i : day.items()) {
                    out.println(String.join("\t", key(i.group()), key(i.kind()), i.clientName(), oneLine(i.title()), i.detail()));
                }
                for (ClientOverview o : day.losingTouch()) {
                    out.println(String.join("\t", "losing-touch", "keep-in-touch", o.client().name(),
                            I18n.plural("cli.today.daysSince", o.daysSinceLastContact()),
                            I18n.t("cli.today.rhythm", o.client().rhythm().idealDays(), o.client().rhythm().maxDays())));
                }
                if (page.isEmpty()) {
                    spec.commandLine().getErr().println(I18n.t("cli.today.nothing"));
                }
            }
            out.flush();
        }
        return 0;
    }

    private static String key(Enum<?> e) {
        return Json.word(e);
    }

    private static String oneLine(String s) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() > 100 ? flat.substring(0, 99) + "…" : flat;
    }

    /** This week's planned meetings from the calendar, briefed or not. */
    private static List<Map<String, Object>> meetings(List<Meeting> meetings, JournalSession session) {
        Map<Long, String> clients = new java.util.HashMap<>();
        session.clients().all().forEach(c -> clients.put(c.id(), c.name()));
        return meetings.stream().map(m -> {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("id", m.id());
            j.put("uid", m.uid());
            j.put("clientId", m.clientId());
            j.put("client", clients.getOrDefault(m.clientId(), ""));
            j.put("title", m.title());
            j.put("start", m.startsAt().toString());
            j.put("end", m.endsAt() == null ? null : m.endsAt().toString());
            j.put("startInstant", m.startsInstant().toString());
            j.put("zone", m.zone().getId());
            j.put("location", m.location());
            j.put("contactIds", m.contactIds());
            j.put("briefed", m.briefed());
            return j;
        }).toList();
    }

    /**
     * The ended meetings waiting for their write-up, one per client: times as ISO instants with the offset
     * they had where the meeting was written (exact across a change of summer time), the length in minutes.
     */
    static List<Map<String, Object>> writeUps(List<WriteUp> writeUps, JournalSession session) {
        Map<Long, String> clients = new java.util.HashMap<>();
        session.clients().all().forEach(c -> clients.put(c.id(), c.name()));
        return writeUps.stream().map(w -> {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("kind", key(TodayItem.Kind.WRITE_UP));
            j.put("meetingId", w.meetingId());
            j.put("meetingUid", w.uid());
            j.put("title", w.title());
            j.put("start", ISO.format(w.starts()));
            j.put("end", ISO.format(w.ends()));
            j.put("minutes", w.duration().toMinutes());
            j.put("zone", w.starts().getZone().getId());
            j.put("noticeAt", ISO.format(w.noticeAt().atZone(w.ends().getZone())));
            j.put("clientId", w.clientId());
            j.put("client", clients.getOrDefault(w.clientId(), ""));
            j.put("people", w.people());
            return j;
        }).toList();
    }

    private static final java.time.format.DateTimeFormatter ISO = java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private static String clientName(TodayPage.Alert a) {
        return a.alert().clientId() == null ? "" : a.alert().clientName();
    }

    private static Map<String, Object> toJson(TodayPage page) {
        TodayItem.Day day = page.day();
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
            if (i.kind() == TodayItem.Kind.DATE_COMING) {
                m.put("birthday", page.isBirthday(i));
            }
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
        doc.put("alerts", page.alerts().stream().map(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", key(a.alert().kind()));
            m.put("clientId", a.alert().clientId());
            m.put("client", a.alert().clientId() == null ? null : a.alert().clientName());
            m.put("message", a.alert().message());
            m.put("openProblems", a.alert().clientId() == null ? null : a.openProblems());
            m.put("weakest", a.weakest());
            return m;
        }).toList());
        return doc;
    }
}
