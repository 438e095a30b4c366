package dev.rapport.cli;

import dev.rapport.i18n.I18n;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** `rapport import monica-json|ics FILE`, the duplicates count after a contact import, and `rapport today --json` with meetings. */
class ImportToolsCommandTest {
    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = RapportCommand.run(args, (journal, d) -> { }, new PrintWriter(o, true), new PrintWriter(e, true));
        out = o.toString();
        err = e.toString();
        return code;
    }

    private Path resource(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/dev/rapport/export/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void monicaThenTheCalendarThenTodayAsJson() throws Exception {
        Path journal = dir.resolve("j.rapport");
        Path monica = resource("monica-export.json");
        assertThat(run("import", "monica-json", monica.toString(), "--journal", journal.toString(), "--dry-run")).isZero();
        assertThat(out).startsWith("To add: 3 contacts, 5 journal entries, 4 dates.").contains(I18n.t("cli.import.dryRun"));
        assertThat(run("import", "monica-json", monica.toString(), "--journal", journal.toString())).isZero();
        assertThat(out).contains(I18n.t("cli.import.done")).contains(I18n.t("imports.duplicates.none"));

        // a vCard of a person already there by another address: the import says so and points to the duplicates list
        Path card = dir.resolve("rasa.vcf");
        Files.writeString(card, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Rasa Petraite\r\nORG:Vilnius Advisory Group\r\n"
                + "EMAIL:rasa.petraite@mail.example\r\nEND:VCARD\r\n", StandardCharsets.UTF_8);
        assertThat(run("import", "vcf", card.toString(), "--journal", journal.toString())).isZero();
        assertThat(out).contains("1 likely duplicate. Review them with 'rapport duplicates'.");

        Path ics = resource("calendar.ics");
        assertThat(run("import", "ics", ics.toString(), "--journal", journal.toString())).isZero();
        assertThat(out).contains("Imported.");
        // the same calendar again: updates, no doubles
        assertThat(run("import", "ics", ics.toString(), "--journal", journal.toString(), "--dry-run")).isZero();
        assertThat(out).contains("0 new meetings");

        assertThat(run("today", "--json", "--journal", journal.toString())).isZero();
        JsonNode today = new ObjectMapper().readTree(out);
        // the meetings of the week (from now, the real clock) are listed; every stored meeting lies in the future of 2026-11-25
        assertThat(today.has("meetings")).isTrue();
        assertThat(err).isEmpty();
    }

    @Test
    void theCalendarExportCarriesTheDatesWithTheAlarmAskedFor() throws Exception {
        Path journal = dir.resolve("j.rapport");
        assertThat(run("import", "monica-json", resource("monica-export.json").toString(), "--journal", journal.toString())).isZero();
        assertThat(run("export", "ics", "--journal", journal.toString())).isZero();
        assertThat(out).contains("SUMMARY:Birthday: Šarūnas Žemaitis (Baltic Freight Lines)").contains("TRIGGER:-PT15H");
        assertThat(run("export", "ics", "--journal", journal.toString(), "--alarm-days", "0", "--alarm-time", "08:00")).isZero();
        assertThat(out).contains("TRIGGER:PT8H").doesNotContain("TRIGGER:-PT15H");
        assertThat(run("export", "ics", "--journal", journal.toString(), "--alarm-days", "90")).isEqualTo(1);
        assertThat(err).contains(I18n.t("calendar.alarm.days"));
    }

    @Test
    void aDamagedCalendarIsRefusedWithAOneLineMessage() throws Exception {
        Path journal = dir.resolve("j.rapport");
        Path ics = dir.resolve("bad.ics");
        Files.writeString(ics, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Kick-off\r\nDTSTART:20991201T090000Z\r\n"
                + "END:VEVENT\r\nEND:VCALENDAR\r\n", StandardCharsets.UTF_8);
        assertThat(run("import", "ics", ics.toString(), "--journal", journal.toString())).isEqualTo(1);
        assertThat(err.strip()).isEqualTo("rapport: Event 1 (Kick-off), field UID: missing.");
    }
}
