package dev.rapport.cli;

import dev.rapport.i18n.I18n;
import dev.rapport.export.DataExchange;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.RapportException;
import dev.rapport.model.DataList;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Write the journal's data out.",
                "  json  the whole journal (every table), for a backup or another Rapport",
                "  csv   the lists (clients, contacts, interactions, promises, problems, requests) for a spreadsheet:",
                "        one list to standard output or a file with --list, all of them into the folder --out DIR",
                "  ics   open promise due dates and problem target dates, for a calendar app, and the coming",
                "        year's dates that matter with an alarm (the day before at 09:00; --alarm-days, --alarm-time)",
                "  vcf   the contacts as vCards (4.0)",
                "Without --out, json, ics, vcf and a single csv list go to standard output.",
                "CSV of interactions leaves the private notes out unless --include-private is given."})
final class ExportCommand implements Callable<Integer> {
    enum Format { json, csv, ics, vcf }

    @Parameters(index = "0", paramLabel = "FORMAT", descriptionKey = "format", description = "json, csv, ics or vcf.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE_OR_DIR", description = "Where to write (a folder for csv with every list).")
    Path out;

    @Option(names = "--list", paramLabel = "LIST", description = "csv only: one list (clients, contacts, interactions, promises, problems, requests).")
    String list;

    @Option(names = "--alarm-days", paramLabel = "N", description = "ics only: the dates' alarm rings N days before (0-60; default 1).")
    Integer alarmDays;

    @Option(names = "--alarm-time", paramLabel = "HH:MM", description = "ics only: the time the dates' alarm rings (default 09:00).")
    java.time.LocalTime alarmTime;

    @Option(names = "--include-private", description = "csv only: include the interactions' private notes (left out by default).")
    boolean includePrivate;

    @Mixin
    JournalOption journalOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        try (JournalSession session = journalOption.openForReading()) {
            DataExchange data = new DataExchange(session.data());
            if (format == Format.csv) {
                return csv(data, stdout);
            }
            if (out == null) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                write(data, bytes);
                stdout.print(bytes.toString(StandardCharsets.UTF_8));
                stdout.flush();
                return 0;
            }
            long n = DataExchange.toFile(out, o -> write(data, o));
            stdout.println(I18n.plural(format == Format.json ? "cli.export.wroteRows" : format == Format.ics ? "cli.export.wroteEvents"
                    : "cli.export.wroteContacts", n, out.toString()));
        }
        return 0;
    }

    private long write(DataExchange data, java.io.OutputStream o) {
        return switch (format) {
            case json -> data.exportJson(o, n -> { });
            case ics -> {
                dev.rapport.export.CalendarExport.Alarm set = data.alarm();
                yield data.exportIcs(o, new dev.rapport.export.CalendarExport.Alarm(alarmDays == null ? set.daysBefore() : alarmDays,
                        alarmTime == null ? set.at() : alarmTime));
            }
            case vcf -> data.exportVcf(o);
            case csv -> throw new IllegalStateException();
        };
    }

    private int csv(DataExchange data, PrintWriter stdout) {
        DataList kind = list == null ? null : DataList.named(list);
        if (kind == null) {
            if (out == null) {
                throw new RapportException(I18n.t("cli.export.needsFolder"));
            }
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new RapportException(I18n.t("cli.export.isAFile", out.toString()));
            }
            List<Path> files = data.exportCsvAll(out, includePrivate);
            stdout.println(I18n.plural(includePrivate ? "cli.export.wroteCsvPrivate" : "cli.export.wroteCsv", files.size(), out.toString()));
            return 0;
        }
        if (out == null) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            data.exportCsv(kind, includePrivate, bytes);
            stdout.print(bytes.toString(StandardCharsets.UTF_8));
            stdout.flush();
            return 0;
        }
        Path file = Files.isDirectory(out) ? out.resolve(kind.fileName()) : out;
        long n = DataExchange.toFile(file, o -> data.exportCsv(kind, includePrivate, o));
        stdout.println(I18n.plural("cli.export.wroteRows", n, file.toString()));
        return 0;
    }

}
