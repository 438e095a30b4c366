package dev.rapport.cli;

import dev.rapport.export.calendar.CalendarFeed;
import dev.rapport.export.calendar.CalendarSecrets;
import dev.rapport.export.calendar.CalendarSubscriptions;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.CalendarSource;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rapport calendar add|list|refresh|remove}: the subscribed calendars from the terminal. The
 * address is a secret: it goes to the keyring and is never printed, not even by {@code --json}; a
 * calendar is shown by its name and by what {@code CalendarAddress.shown()} keeps (host and file name).
 */
@Command(name = "calendar", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Subscribed calendars (a private .ics address or an .ics file): add, list, refresh, remove.",
        subcommands = {CalendarCommand.Add.class, CalendarCommand.ListCalendars.class, CalendarCommand.Refresh.class,
                CalendarCommand.Remove.class})
final class CalendarCommand implements Callable<Integer> {
    /** Where the addresses are kept: this computer's keyring, else memory (tests hand in memory). */
    static Supplier<CalendarSecrets> secrets = CalendarSecrets::forThisComputer;
    static Supplier<CalendarFeed> feed = CalendarFeed::new;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    private static CalendarSubscriptions subscriptions(JournalSession session) {
        return new CalendarSubscriptions(session.data(), feed.get(), secrets.get());
    }

    @Command(name = "add", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Subscribe to a calendar (https:// or webcal:// address, or an .ics file) and read it at once. "
                    + "Prints what the read did; exit code 1 when it could not be read.")
    static final class Add implements Callable<Integer> {
        @Parameters(paramLabel = "URL|FILE", descriptionKey = "address", description = "The calendar's private .ics address or an .ics file.")
        String address;

        @Option(names = "--name", paramLabel = "N", description = "A name to know the calendar by.")
        String name;

        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        @Mixin
        JournalOption journalOption;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (JournalSession session = journalOption.openForWriting()) {
                CalendarSecrets kept = secrets.get();
                CalendarSubscriptions subscriptions = new CalendarSubscriptions(session.data(), feed.get(), kept);
                CalendarSubscriptions.Outcome outcome = subscriptions.add(address, name);
                if (!kept.lasting()) {
                    spec.commandLine().getErr().println(I18n.t("calendars.cli.memoryOnly"));
                }
                return print(spec, json, List.of(outcome), subscriptions.names());
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "The subscribed calendars, one a line (tab-separated): number, name, address shown without its secret part, "
                    + "last good read (UTC), why the last read failed.")
    static final class ListCalendars implements Callable<Integer> {
        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        @Mixin
        JournalOption journalOption;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (JournalSession session = journalOption.openForReading()) {
                List<CalendarSource> sources = session.data().calendarSources();
                Map<String, String> names = session.data().calendarNames();
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    out.println(Json.write(Map.of("calendars", sources.stream().map(s -> calendar(s, names.get(s.secretRef()))).toList())));
                } else {
                    for (CalendarSource s : sources) {
                        out.println(String.join("\t", Long.toString(s.id()), names.getOrDefault(s.secretRef(), ""), s.shown(),
                                s.lastGood() == null ? "" : s.lastGood().toString(),
                                s.failing() ? I18n.t(s.failureKey(), s.failureArgs().toArray()) : ""));
                    }
                    if (sources.isEmpty()) {
                        spec.commandLine().getErr().println(I18n.t("calendars.cli.none"));
                    }
                }
                out.flush();
                return 0;
            }
        }
    }

    @Command(name = "refresh", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Read every subscribed calendar now: one line each with the meetings added, moved and cancelled, "
                    + "or why it could not be read (the meetings read before are kept). Exit code 1 when any could not be read.")
    static final class Refresh implements Callable<Integer> {
        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        @Mixin
        JournalOption journalOption;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (JournalSession session = journalOption.openForWriting()) {
                CalendarSubscriptions subscriptions = subscriptions(session);
                List<CalendarSubscriptions.Outcome> outcomes = subscriptions.refreshAll();
                if (outcomes.isEmpty() && !json) {
                    spec.commandLine().getErr().println(I18n.t("calendars.cli.none"));
                    return 0;
                }
                return print(spec, json, outcomes, subscriptions.names());
            }
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Stop following a calendar, by its number or name (see 'rapport calendar list'): its address is "
                    + "forgotten and its coming meetings leave; meetings that have begun stay.")
    static final class Remove implements Callable<Integer> {
        @Parameters(paramLabel = "ID|NAME", descriptionKey = "calendar", description = "The calendar's number or name.")
        String calendar;

        @Mixin
        JournalOption journalOption;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (JournalSession session = journalOption.openForWriting()) {
                CalendarSubscriptions subscriptions = subscriptions(session);
                CalendarSource source = subscriptions.find(calendar);
                String title = subscriptions.names().getOrDefault(source.id(), source.shown());
                subscriptions.remove(source);
                spec.commandLine().getErr().println(I18n.t("calendars.remove.done", title));
                return 0;
            }
        }
    }

    /** The outcomes, one line or one JSON object each; 1 when any read failed. */
    private static int print(CommandSpec spec, boolean json, List<CalendarSubscriptions.Outcome> outcomes, Map<Long, String> names) {
        PrintWriter out = spec.commandLine().getOut();
        long failed = outcomes.stream().filter(o -> o.status() == CalendarSubscriptions.Status.FAILED).count();
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("calendars", outcomes.stream().map(o -> {
                Map<String, Object> m = calendar(o.source(), names.get(o.source().id()));
                m.put("status", Json.word(o.status()));
                m.put("added", o.changes().added());
                m.put("moved", o.changes().updated());
                m.put("cancelled", o.changes().removed());
                m.put("withoutKnownPerson", o.withoutPerson());
                return m;
            }).toList());
            doc.put("failed", failed);
            out.println(Json.write(doc));
        } else {
            for (CalendarSubscriptions.Outcome o : outcomes) {
                String title = names.getOrDefault(o.source().id(), o.source().shown());
                String said = switch (o.status()) {
                    case READ -> I18n.t("calendars.outcome.read", title, o.changes().added(), o.changes().updated(), o.changes().removed());
                    case UNCHANGED -> I18n.t("calendars.outcome.unchanged", title);
                    case FAILED -> I18n.t("calendars.outcome.failed", title, o.failureText());
                };
                out.println(o.source().id() + "\t" + said);
            }
            if (failed > 0) {
                spec.commandLine().getErr().println(I18n.t("calendars.cli.failed", failed, outcomes.size()));
            }
        }
        out.flush();
        return failed > 0 ? 1 : 0;
    }

    /** A calendar as --json gives it: never the address, only what it is shown as. */
    private static Map<String, Object> calendar(CalendarSource s, String name) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("name", name);
        m.put("shown", s.shown());
        m.put("lastGood", s.lastGood() == null ? null : s.lastGood().toString());
        m.put("lastTried", s.lastTried() == null ? null : s.lastTried().toString());
        m.put("failure", s.failing() ? failure(s) : null);
        return m;
    }

    /** Why the last read failed, as a word that never changes with the language ("server-error") and its details. */
    private static Map<String, Object> failure(CalendarSource s) {
        String key = s.failureKey();
        String last = key.substring(key.lastIndexOf('.') + 1);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reason", last.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT));
        m.put("details", s.failureArgs());
        return m;
    }
}
