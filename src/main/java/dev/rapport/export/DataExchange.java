package dev.rapport.export;

import dev.rapport.logic.DataService;
import dev.rapport.model.DataList;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Every way data goes in and out of a journal, one door over the format families: the whole
 * journal as JSON ({@link JsonExchange}), CSV lists ({@link CsvLists}), the calendar
 * ({@link CalendarExchange}), people as vCards, CSV and other tools' exports ({@link ContactImports}).
 * Imports are read and checked whole first ({@code read...} gives a plan to preview), then stored
 * in one transaction ({@code apply}). The journal's side is logic's {@link DataService}.
 */
public final class DataExchange {

    private final DataService data;
    private final JsonExchange json;
    private final CsvLists csv;
    private final CalendarExchange calendar;
    private final ContactImports contacts;

    public DataExchange(DataService data) {
        this.data = data;
        this.json = new JsonExchange(data);
        this.csv = new CsvLists(data);
        this.calendar = new CalendarExchange(data);
        this.contacts = new ContactImports(data);
    }

    // ---- the whole journal as JSON ----

    /** The journal's tables (for the check that the export covers every one). */
    public List<String> schemaTables() {
        return data.schemaTables();
    }

    /** Rows the full export will write (for a progress bar). */
    public long totalRows() {
        return json.totalRows();
    }

    public long exportJson(OutputStream out, LongConsumer progress) {
        return json.export(out, progress);
    }

    public JsonPlan readJson(InputStream in) {
        return json.read(in);
    }

    /**
     * Reads and checks a JSON export from a file without holding its rows: applying the plan
     * streams them from the file again (a whole journal's export stays out of memory).
     */
    public JsonPlan readJson(Path file) {
        return json.read(file);
    }

    /**
     * Stores a JSON export. Into an empty journal it simply loads; a journal with data is
     * refused unless {@code replace}, and replacing entries needs {@code confirmed}.
     */
    public void apply(JsonPlan plan, boolean replace, boolean confirmed, LongConsumer progress) {
        json.apply(plan, replace, confirmed, progress);
    }

    // ---- CSV lists ----

    public long exportCsv(DataList kind, boolean includePrivate, OutputStream out) {
        return csv.export(kind, includePrivate, out);
    }

    /** Writes every list into {@code folder}, one file each, all or none; returns the files. */
    public List<Path> exportCsvAll(Path folder, boolean includePrivate) {
        return csv.exportAll(folder, includePrivate);
    }

    // ---- the calendar ----

    /**
     * Promise due dates, problem target dates and the dates that matter of the coming year, each
     * date that matters with an alarm (the day before at 09:00 unless the settings say otherwise).
     */
    public int exportIcs(OutputStream out) {
        return calendar.export(out, calendar.alarm());
    }

    public int exportIcs(OutputStream out, CalendarExport.Alarm alarm) {
        return calendar.export(out, alarm);
    }

    /** The alarm the settings ask for (default: the day before, 09:00). */
    public CalendarExport.Alarm alarm() {
        return calendar.alarm();
    }

    /** Reads a calendar (.ics) and works out which upcoming events become planned meetings. Nothing is stored yet. */
    public CalendarImport.Plan readIcs(InputStream in) {
        return calendar.read(in);
    }

    /** Stores the planned meetings by UID (new ones added, known ones updated), all or none. */
    public void apply(CalendarImport.Plan plan) {
        calendar.apply(plan);
    }

    /** This journal's id, which its calendar items' UIDs carry. */
    public String journalId() {
        return data.journalId();
    }

    // ---- people ----

    /** Every contact as a vCard 4.0 (RFC 6350); returns how many. Notes stay in the journal. */
    public int exportVcf(OutputStream out) {
        return new VCards(data).export(out);
    }

    /** Reads vCards (3.0 or 4.0); a card without an organisation goes to {@code defaultClient}. */
    public ContactImport.Plan readVcf(InputStream in, String defaultClient) {
        return contacts.readVcf(in, defaultClient);
    }

    /**
     * Reads contacts from CSV with a header row: name, email, phone, role and client columns
     * are recognised whatever their case; other columns are reported and left out.
     */
    public ContactImport.Plan readContactCsv(InputStream in, String defaultClient) {
        return contacts.readCsv(in, defaultClient);
    }

    /** Google Contacts CSV (the current export: First Name, Last Name, Organization Name, E-mail 1 - Value, …). */
    public ContactImport.Plan readGoogleCsv(InputStream in, String defaultClient) {
        return contacts.readTool(ToolImports.Tool.GOOGLE, in, defaultClient);
    }

    /** Outlook CSV, from outlook.com or the desktop app (First Name, Last Name, Company, E-mail Address, …). */
    public ContactImport.Plan readOutlookCsv(InputStream in, String defaultClient) {
        return contacts.readTool(ToolImports.Tool.OUTLOOK, in, defaultClient);
    }

    /** LinkedIn's Connections.csv (a notes preamble, then First Name, Last Name, URL, Email Address, Company, Position, Connected On). */
    public ContactImport.Plan readLinkedInCsv(InputStream in, String defaultClient) {
        return contacts.readTool(ToolImports.Tool.LINKEDIN, in, defaultClient);
    }

    /** Stores a contact import: all of it in one transaction, or nothing. */
    public void apply(ContactImport.Plan plan) {
        contacts.apply(plan);
    }

    /** Monica's JSON export: people with their calls, conversations, notes, reminders, tags and first-met dates. */
    public MonicaImport.Plan readMonicaJson(InputStream in, String defaultClient) {
        return contacts.readMonica(in, defaultClient);
    }

    /** Stores a Monica import: clients, people, their entries, dates and tags, in one transaction or not at all. */
    public void apply(MonicaImport.Plan plan) {
        contacts.apply(plan);
    }

    // ---- files ----

    /** Output that goes to a file: written beside it and moved into place, or not at all. */
    @FunctionalInterface
    public interface Output<T> {
        T write(OutputStream out) throws IOException;
    }

    /** Output that goes to a file: written beside it (owner-only) and moved into place, or not at all. */
    public static <T> T toFile(Path target, Output<T> work) {
        return OutputFiles.write(target, work);
    }
}
