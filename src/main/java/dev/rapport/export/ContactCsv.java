package dev.rapport.export;

import dev.rapport.i18n.I18n;
import dev.rapport.model.RapportException;
import dev.rapport.store.Unreadable;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** People from a plain CSV file with a header row (the columns named in any case). */
final class ContactCsv {
    private ContactCsv() {
    }

    /**
     * Reads contacts from CSV with a header row: name, email, phone, role and client columns
     * are recognised whatever their case (also organisation/organization/company for the client,
     * and notes); other columns are reported and left out.
     */
    static List<ContactImport.Row> read(InputStream in, List<String> warnings) {
        List<ContactImport.Row> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(skipBom(in), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                     .setAllowMissingColumnNames(true).get().parse(reader)) {
            Map<String, String> columns = new LinkedHashMap<>();
            List<String> unknown = new ArrayList<>();
            for (String header : parser.getHeaderNames()) {
                String field = switch (header.trim().toLowerCase(Locale.ROOT)) {
                    case "name", "full name" -> "name";
                    case "email", "e-mail" -> "email";
                    case "phone", "telephone" -> "phone";
                    case "role", "title", "job title" -> "role";
                    case "client", "organisation", "organization", "company" -> "client";
                    case "notes", "note" -> "notes";
                    default -> null;
                };
                if (field == null || columns.containsKey(field)) {
                    unknown.add(header);
                } else {
                    columns.put(field, header);
                }
            }
            if (!columns.containsKey("name")) {
                throw new RapportException(I18n.t("data.csv.noName", String.join(", ", parser.getHeaderNames())));
            }
            if (!unknown.isEmpty()) {
                warnings.add(I18n.t("data.csv.unknownColumns", String.join(", ", unknown)));
            }
            for (CSVRecord r : parser) {
                String where = I18n.t("data.where.line", String.valueOf(lineOf(r)));
                if (r.size() > parser.getHeaderNames().size()) {
                    throw new RapportException(I18n.t("data.csv.tooManyCells", where, r.size(), parser.getHeaderNames().size()));
                }
                rows.add(new ContactImport.Row(where, cell(r, columns.get("client")), cell(r, columns.get("name")),
                        cell(r, columns.get("role")), cell(r, columns.get("email")), cell(r, columns.get("phone")),
                        cell(r, columns.get("notes"))));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new RapportException(I18n.t("data.csv.unreadable", Unreadable.reason(e)), e);
        }
        return rows;
    }

    private static long lineOf(CSVRecord r) {
        return r.getRecordNumber() + 1;
    }

    private static String cell(CSVRecord r, String column) {
        return column == null || !r.isSet(column) ? "" : r.get(column);
    }

    private static InputStream skipBom(InputStream in) throws IOException {
        BufferedInputStream b = new BufferedInputStream(in);
        b.mark(3);
        byte[] head = b.readNBytes(3);
        if (!(head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF)) {
            b.reset();
        }
        return b;
    }
}
