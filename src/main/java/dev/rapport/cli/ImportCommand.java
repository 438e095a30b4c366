package dev.rapport.cli;

import dev.rapport.export.CalendarImport;
import dev.rapport.export.ContactImport;
import dev.rapport.export.JsonPlan;
import dev.rapport.export.MonicaImport;
import dev.rapport.i18n.I18n;
import dev.rapport.export.DataExchange;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.RapportException;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Read data into the journal, all or nothing: the whole file is checked first, and a bad file",
                "changes nothing (the error names the line or record and the field).",
                "  json  a whole journal written by 'rapport export json', into an empty journal (or --replace)",
                "  csv   contacts, with a header row: name, email, phone, role, client (any case; others are reported)",
                "  vcf   contacts from vCards (3.0 or 4.0); the organisation is the client",
                "  google-csv, outlook-csv, linkedin-csv  contacts exported from Google Contacts, Outlook",
                "        (outlook.com or desktop) or LinkedIn (Connections.csv; Connected On becomes the first-met note)",
                "  monica-json  Monica's JSON export: people with their calls and conversations (journal entries),",
                "        notes, reminders and first-met dates (dates that matter) and tags (client tags)",
                "  ics   a calendar: upcoming events with a contact among the attendees become planned meetings",
                "        (importing the same calendar again updates them by UID)",
                "  mail  .eml and Outlook .msg files, mbox files, Maildirs, or folders of them (FILE|FOLDER...): an email entry per message",
                "        to or from a client's people (the text in the private notes), requests from what the client",
                "        asks (accepted; --no-requests leaves them proposed), reply times; each message all or nothing,",
                "        never twice; a bad file is one line, the summary at the end",
                "  mail --imap HOST[:PORT] --user U [--folder F...]  your own mail server, read-only over TLS",
                "        (port 993; 143 or --starttls: STARTTLS required): the inbox and sent folder unless --folder",
                "        names others, only mail to or from the journal's people; the password is asked at the",
                "        terminal, or taken from RAPPORT_IMAP_PASSWORD for scripts, and never stored",
                "After a contact import, the likely duplicates it brought are counted (see 'rapport duplicates').",
                "Contacts whose email the journal already has are skipped and reported, never doubled."})
final class ImportCommand implements Callable<Integer> {
    enum Format {
        json, csv, vcf, google_csv, outlook_csv, linkedin_csv, monica_json, ics, mail;

        static Format of(String name) {
            for (Format f : values()) {
                if (f.name().replace('_', '-').equalsIgnoreCase(name)) {
                    return f;
                }
            }
            throw new RapportException(I18n.t("cli.import.unknownFormat", name));
        }
    }

    @Parameters(index = "0", paramLabel = "FORMAT", descriptionKey = "format",
            description = "json, csv, vcf, google-csv, outlook-csv, linkedin-csv, monica-json, ics or mail.")
    String formatName;

    Format format;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "FILE", descriptionKey = "file",
            description = "The file to import (mail: files and folders, any number).")
    java.util.List<Path> files;

    Path file;

    @Option(names = "--dry-run", description = "Check the file and show what it would add; change nothing.")
    boolean dryRun;

    @Option(names = "--client", paramLabel = "NAME", description = "csv, vcf, monica-json: the client for contacts that name none.")
    String client;

    @Option(names = "--replace", description = "json: replace everything in a journal that is not empty.")
    boolean replace;

    @Option(names = "--yes", description = "json: agree in advance to replacing the journal's entries.")
    boolean yes;

    @Option(names = "--json", description = "mail: print one JSON document.")
    boolean json;

    @Option(names = "--no-requests", description = "mail: leave the requests proposed (the app lists them to accept).")
    boolean noRequests;

    @Option(names = "--imap", paramLabel = "HOST[:PORT]", description = "mail: read your own mail server instead of files.")
    String imap;

    @Option(names = "--user", paramLabel = "USER", description = "mail --imap: the user name at the mail server.")
    String user;

    @Option(names = "--folder", paramLabel = "FOLDER", description = "mail --imap: a folder to read (again for more); "
            + "without it the inbox and the sent folder.")
    java.util.List<String> folders;

    @Option(names = "--starttls", description = "mail --imap: STARTTLS on the server's plain port (required, never unencrypted).")
    boolean startTls;

    @Mixin
    JournalOption journalOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        format = Format.of(formatName);
        if (imap != null) {
            if (format != Format.mail || (files != null && !files.isEmpty())) {
                throw new RapportException(I18n.t("mailServer.cli.filesOrServer"));
            }
            dev.rapport.model.MailServer server = dev.rapport.model.MailServer.parse(imap, user, folders, startTls);
            try (JournalSession session = journalOption.openForWriting()) {
                return new MailServerRead(session, out).run(server, !noRequests, dryRun, json);
            }
        }
        if (files == null || files.isEmpty()) {
            throw new RapportException(I18n.t("mailServer.cli.fileNeeded"));
        }
        if (format == Format.mail) {
            try (JournalSession session = journalOption.openForWriting()) {
                return new MailImport(session, out).run(files, !noRequests, dryRun, json);
            }
        }
        if (files.size() > 1) {
            throw new RapportException(I18n.t("cli.import.oneFile"));
        }
        file = files.get(0);
        try (JournalSession session = journalOption.openForWriting(); InputStream in = Files.newInputStream(file)) {
            DataExchange data = new DataExchange(session.data());
            if (format == Format.json) {
                JsonPlan plan = data.readJson(file);
                out.println("The file holds " + plan.describe());
                if (!plan.journalEmpty() && !replace) {
                    throw new RapportException(I18n.t("cli.import.notEmpty", plan.journalClients(), plan.journalEntries()));
                }
                if (dryRun) {
                    out.println(I18n.t("cli.import.dryRun"));
                    return 0;
                }
                if (replace && plan.needsConfirmation() && !yes) {
                    throw new RapportException(I18n.t("cli.import.wouldRemove", plan.journalEntries()));
                }
                data.apply(plan, replace, yes, n -> { });
                out.println(I18n.t("cli.import.done"));
                duplicates(session, 0, out);
                return 0;
            }
            if (format == Format.ics) {
                CalendarImport.Plan plan = data.readIcs(in);
                out.println(plan.describe());
                if (dryRun) {
                    out.println(I18n.t("cli.import.dryRun"));
                    return 0;
                }
                data.apply(plan);
                out.println(I18n.t("cli.import.done"));
                return 0;
            }
            long lastContact = session.duplicates().lastContactId();
            if (format == Format.monica_json) {
                MonicaImport.Plan plan = data.readMonicaJson(in, client);
                out.println(plan.describe());
                if (dryRun) {
                    out.println(I18n.t("cli.import.dryRun"));
                    return 0;
                }
                data.apply(plan);
                out.println(I18n.t("cli.import.done"));
                duplicates(session, lastContact, out);
                return 0;
            }
            ContactImport.Plan plan = switch (format) {
                case vcf -> data.readVcf(in, client);
                case google_csv -> data.readGoogleCsv(in, client);
                case outlook_csv -> data.readOutlookCsv(in, client);
                case linkedin_csv -> data.readLinkedInCsv(in, client);
                default -> data.readContactCsv(in, client);
            };
            out.println(plan.describe());
            if (dryRun) {
                out.println(I18n.t("cli.import.dryRun"));
                return 0;
            }
            data.apply(plan);
            out.println(I18n.t("cli.import.done"));
            duplicates(session, lastContact, out);
        } catch (NoSuchFileException e) {
            throw new RapportException(I18n.t("cli.import.noFile", file.toString()));
        } catch (IOException e) {
            throw new RapportException(I18n.t("cli.import.unreadable", file.toString(), e.getMessage()), e);
        }
        return 0;
    }

    /** After a contact import: how many likely duplicates it brought, and where to review them. */
    private static void duplicates(JournalSession session, long lastContact, PrintWriter out) {
        int n = session.duplicates().since(lastContact).size();
        out.println(n == 0 ? I18n.t("imports.duplicates.none")
                : I18n.plural("imports.duplicates.count", n) + ". " + I18n.t("imports.duplicates.hint"));
    }
}
