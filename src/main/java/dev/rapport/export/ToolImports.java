package dev.rapport.export;

import dev.rapport.i18n.I18n;
import dev.rapport.model.RapportException;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Contacts from the tools consultants leave (issue 8): Google Contacts CSV, Outlook CSV (the
 * outlook.com and the desktop header sets) and LinkedIn's Connections.csv. Each becomes rows for
 * {@link ContactImport}, so the same checks, duplicate rule and all-or-nothing store apply.
 */
final class ToolImports {
    /** The tools. */
    enum Tool { GOOGLE, OUTLOOK, LINKEDIN }

    private static final DateTimeFormatter LINKEDIN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private ToolImports() {
    }

    static List<ContactImport.Row> read(Tool tool, InputStream in, List<String> warnings) {
        String text;
        try {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RapportException(I18n.t("data.tool.unreadable", dev.rapport.store.Unreadable.reason(e)), e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int skipped = 0;
        if (tool == Tool.LINKEDIN) {
            // LinkedIn puts a notes preamble before the header.
            int at = text.indexOf("First Name,Last Name");
            if (at < 0) {
                throw new RapportException(I18n.t("data.tool.notLinkedIn"));
            }
            skipped = (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
            text = text.substring(at);
        }
        List<ContactImport.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true).setAllowDuplicateHeaderNames(true).get().parse(new StringReader(text))) {
            Map<String, Integer> header = parser.getHeaderMap().entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().trim().toLowerCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> a));
            require(tool, header);
            for (CSVRecord r : parser) {
                String where = I18n.t("data.where.line", String.valueOf(r.getRecordNumber() + 1 + skipped));
                rows.add(switch (tool) {
                    case GOOGLE -> google(where, r, header);
                    case OUTLOOK -> outlook(where, r, header);
                    case LINKEDIN -> linkedin(where, r, header);
                });
            }
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException | IOException e) {
            throw new RapportException(I18n.t("data.csv.unreadable", dev.rapport.store.Unreadable.reason(e)), e);
        }
        if (rows.isEmpty()) {
            warnings.add("the file holds no contacts");
        }
        return rows;
    }

    private static void require(Tool tool, Map<String, Integer> header) {
        List<String> needed = switch (tool) {
            case GOOGLE -> header.containsKey("name") ? List.of("name") : List.of("first name", "last name");
            case OUTLOOK -> List.of("first name", "last name");
            case LINKEDIN -> List.of("first name", "last name", "company", "connected on");
        };
        for (String column : needed) {
            if (!header.containsKey(column)) {
                throw new RapportException(I18n.t("data.tool.noColumn", column,
                        tool.name().charAt(0) + tool.name().substring(1).toLowerCase(Locale.ROOT)));
            }
        }
    }

    private static String cell(CSVRecord r, Map<String, Integer> header, String... names) {
        for (String name : names) {
            Integer i = header.get(name);
            if (i != null && i < r.size()) {
                String v = r.get(i).trim();
                // Google joins several values in one cell with " ::: "; the first is the main one.
                int joined = v.indexOf(" ::: ");
                v = joined >= 0 ? v.substring(0, joined).trim() : v;
                if (!v.isEmpty()) {
                    return v;
                }
            }
        }
        return "";
    }

    private static String name(CSVRecord r, Map<String, Integer> header) {
        String full = cell(r, header, "name");
        if (!full.isEmpty()) {
            return full;
        }
        return String.join(" ", List.of(cell(r, header, "first name", "given name"), cell(r, header, "middle name", "additional name"),
                cell(r, header, "last name", "family name")).stream().filter(s -> !s.isEmpty()).toList());
    }

    private static ContactImport.Row google(String where, CSVRecord r, Map<String, Integer> h) {
        String labels = cell(r, h, "labels", "group membership");
        String notes = cell(r, h, "notes");
        return new ContactImport.Row(where, cell(r, h, "organization name", "organization 1 - name"), name(r, h),
                cell(r, h, "organization title", "organization 1 - title"),
                cell(r, h, "e-mail 1 - value", "e-mail 2 - value"), phone(cell(r, h, "phone 1 - value", "phone 2 - value")),
                notes);
    }

    private static ContactImport.Row outlook(String where, CSVRecord r, Map<String, Integer> h) {
        return new ContactImport.Row(where, cell(r, h, "company"), name(r, h), cell(r, h, "job title"),
                cell(r, h, "e-mail address", "email address", "e-mail 2 address"),
                phone(cell(r, h, "business phone", "mobile phone", "home phone", "primary phone")), cell(r, h, "notes"));
    }

    private static ContactImport.Row linkedin(String where, CSVRecord r, Map<String, Integer> h) {
        String connected = cell(r, h, "connected on");
        String met = "";
        if (!connected.isEmpty()) {
            try {
                met = LocalDate.parse(connected, LINKEDIN_DATE).toString();
            } catch (DateTimeParseException e) {
                throw new RapportException(I18n.t("imports.field", where, "Connected On", I18n.t("data.tool.badConnectedOn", connected)));
            }
        }
        String url = cell(r, h, "url");
        String notes = (met.isEmpty() ? "" : I18n.t("data.tool.linkedInMet", met))
                + (url.isEmpty() ? "" : (met.isEmpty() ? "" : " ") + "LinkedIn: " + url);
        return new ContactImport.Row(where, cell(r, h, "company"), name(r, h), cell(r, h, "position"),
                cell(r, h, "email address"), "", notes);
    }

    /** Phones as tools write them ("+1 (555) 010-0100 ext. 4") reduced to what the journal accepts. */
    private static String phone(String raw) {
        return raw.replaceAll("[^0-9+()./\\- ]", "").trim();
    }
}
