package dev.rapport.cli;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.KeyPattern;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DataCommandsTest {
    @TempDir
    Path dir;

    private String out;
    private String err;
    private Path demo;

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = RapportCommand.run(args, (journal, d) -> { }, new PrintWriter(o, true), new PrintWriter(e, true));
        out = o.toString();
        err = e.toString();
        return code;
    }

    @BeforeEach
    void makeDemo() {
        demo = dir.resolve("demo.rapport");
        assertThat(run("demo", demo.toString())).isZero();
    }

    @Test
    void jsonRoundTripThroughTheCommandLine() throws Exception {
        Path json = dir.resolve("all.json");
        assertThat(run("export", "json", "--journal", demo.toString(), "--out", json.toString())).isZero();
        assertThat(out).startsWith("Wrote ").contains("rows to");
        Path fresh = dir.resolve("fresh.rapport");
        assertThat(run("import", "json", json.toString(), "--journal", fresh.toString(), "--dry-run")).isZero();
        assertThat(out).contains("12 clients", "Nothing was changed (--dry-run).");
        assertThat(run("import", "json", json.toString(), "--journal", fresh.toString())).isZero();
        assertThat(out).contains("Imported.");
        assertThat(run("export", "json", "--journal", fresh.toString())).isZero();
        assertThat(out).isEqualTo(Files.readString(json, StandardCharsets.UTF_8));

        // the same file into the now-full journal: refused; --replace needs --yes naming the count
        assertThat(run("import", "json", json.toString(), "--journal", fresh.toString())).isEqualTo(1);
        assertThat(err).contains("not empty (12 clients,").contains("--replace");
        assertThat(run("import", "json", json.toString(), "--journal", fresh.toString(), "--replace")).isEqualTo(1);
        assertThat(err).containsPattern("remove all [\\d,]+ entries").contains("--yes");
        assertThat(run("import", "json", json.toString(), "--journal", fresh.toString(), "--replace", "--yes")).isZero();
    }

    @Test
    void aJsonFileWithAnEmptyRecordIsRefusedAndTheJournalKeptAsItWas() throws Exception {
        assertThat(run("export", "json", "--journal", demo.toString())).isZero();
        String before = out;
        Path json = dir.resolve("empty-record.json");
        Files.writeString(json, "{\"format\": \"rapport-journal\", \"version\": 1, \"schema\": 3, \"tables\": {\n"
                + "\"client\": [{\"id\": 1, \"name\": \"Acme\"}],\n"
                + "\"response_target\": [{}]}}", StandardCharsets.UTF_8);
        assertThat(run("import", "json", json.toString(), "--journal", demo.toString(), "--replace", "--yes")).isEqualTo(1);
        assertThat(err.strip()).isEqualTo("rapport: Line 3, response_target record 1: no fields (an empty record).");
        assertThat(run("export", "json", "--journal", demo.toString())).isZero();
        assertThat(out).isEqualTo(before);
    }

    @Test
    void csvNeedsAFolderForEveryListOrOneList() throws Exception {
        assertThat(run("export", "csv", "--journal", demo.toString())).isEqualTo(1);
        assertThat(err).contains("needs a folder");
        assertThat(run("export", "csv", "--journal", demo.toString(), "--list", "Clients")).isZero();
        assertThat(out).startsWith("\uFEFFid,name,status");
        assertThat(run("export", "csv", "--journal", demo.toString(), "--out", dir.resolve("lists").toString())).isZero();
        assertThat(Files.list(dir.resolve("lists")).count()).isEqualTo(6);
        assertThat(Files.readString(dir.resolve("lists/interactions.csv"))).doesNotContain("private_notes");
        assertThat(run("export", "csv", "--journal", demo.toString(), "--list", "interactions", "--include-private")).isZero();
        assertThat(out).contains("private_notes");
        assertThat(run("export", "csv", "--journal", demo.toString(), "--list", "nope")).isEqualTo(1);
        assertThat(err).contains(I18n.t("validation.dataList.unknown", "nope"));
        assertThat(run("export", "--help")).isZero();
        assertThat(out).contains("--include-private", "private notes");
    }

    @Test
    void icsAndVcfToStandardOutputAndContactsBackIn() throws Exception {
        assertThat(run("export", "ics", "--journal", demo.toString())).isZero();
        assertThat(out).startsWith("BEGIN:VCALENDAR\r\n").contains("UID:promise-");
        assertThat(run("export", "vcf", "--journal", demo.toString())).isZero();
        assertThat(out).contains("BEGIN:VCARD", "VERSION:4.0");
        Path vcf = dir.resolve("people.vcf");
        Files.writeString(vcf, out);
        Path fresh = dir.resolve("fresh.rapport");
        assertThat(run("import", "vcf", vcf.toString(), "--journal", fresh.toString(), "--dry-run")).isZero();
        assertThat(out).contains("contacts to add", "new clients", I18n.t("cli.import.dryRun"));
        assertThat(run("import", "vcf", vcf.toString(), "--journal", fresh.toString())).isZero();
        // the demo journal already has them all: every one is a duplicate
        assertThat(run("import", "vcf", vcf.toString(), "--journal", demo.toString())).isZero();
        assertThat(out).startsWith("0 contacts to add.").contains("Skipped (duplicate)");

        Path csv = dir.resolve("people.csv");
        Files.writeString(csv, "name,email,client\nAnn Lee,ann@x.example,Acme\nBo,bad@,Acme\n");
        assertThat(run("import", "csv", csv.toString(), "--journal", fresh.toString())).isEqualTo(1);
        assertThat(err).contains("Line 3, field email");
        assertThat(run("import", "csv", dir.resolve("missing.csv").toString(), "--journal", fresh.toString())).isEqualTo(1);
        assertThat(err).containsPattern(KeyPattern.of("cli.import.noFile", KeyPattern.ANY));
    }

    @Test
    void contactsFromOtherToolsWithADryRun() throws Exception {
        Path linkedin = dir.resolve("Connections.csv");
        try (var in = getClass().getResourceAsStream("/dev/rapport/export/linkedin-connections.csv")) {
            Files.copy(in, linkedin);
        }
        Path fresh = dir.resolve("fresh.rapport");
        assertThat(run("import", "linkedin-csv", linkedin.toString(), "--journal", fresh.toString(), "--dry-run")).isZero();
        assertThat(out).startsWith("2 contacts to add, 2 new clients (Helios Energy, Atlântico Seguros).").contains("Nothing was changed");
        assertThat(run("import", "LinkedIn-CSV", linkedin.toString(), "--journal", fresh.toString())).isZero();
        assertThat(run("import", "monica-xml", linkedin.toString(), "--journal", fresh.toString())).isEqualTo(1);
        assertThat(err).contains("Unknown format \"monica-xml\"");
        assertThat(run("import", "--help")).isZero();
        assertThat(out).contains("google-csv", "outlook-csv", "linkedin-csv", "--dry-run");
    }
}
