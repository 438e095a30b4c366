package dev.rapport.export;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.tools.demo.DemoJournal;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.RapportException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A good JSON export (the demo journal's) with one value that breaks a domain rule — a time out
 * of order, an answer off its scale, a date not in ISO form, an overlong name, a formula for a
 * phone, a control character or a lone surrogate — is refused by {@code import json} naming the
 * table, the record and the field, in the chosen language; the journal file is byte-identical
 * afterwards. The contact importers refuse such values in the same way, naming the line.
 */
class DomainRulesImportTest {
    /** Writes non-ASCII as \\u escapes, so a lone surrogate reaches the importer as JSON can carry it. */
    private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static Path dir;
    private static JsonNode demo;
    private static JournalSession target;

    @BeforeContainer
    static void open() throws Exception {
        dir = Files.createTempDirectory("rapport-domain-rules");
        try (JournalSession s = JournalSession.open(dir.resolve("demo.rapport"), JsonExportTest.CLOCK)) {
            DemoJournal.fill(s);
            demo = JSON.readTree(JsonExportTest.export(s));
        }
        target = JournalSession.open(dir.resolve("target.rapport"), JsonExportTest.CLOCK);
        target.clients().save(dev.rapport.model.Client.create("Acme"));
    }

    @AfterContainer
    static void close() {
        target.close();
        I18n.use(Language.ENGLISH);
    }

    /** One rule broken in one field of one record. */
    record Breach(String table, String field, String name, BiConsumer<ObjectNode, String> apply) {
        @Override
        public String toString() {
            return table + "." + field + " (" + name + ")";
        }
    }

    private static BiConsumer<ObjectNode, String> text(String value) {
        return (row, field) -> row.put(field, value);
    }

    /** A row's instant moved a number of minutes before the row's {@code from} instant. */
    private static BiConsumer<ObjectNode, String> before(String from, int minutes) {
        return (row, field) -> row.put(field, java.time.Instant.parse(row.get(from).asText()).minusSeconds(60L * minutes).toString());
    }

    private static BiConsumer<ObjectNode, String> dayBefore(String from, int days) {
        return (row, field) -> row.put(field, java.time.LocalDate.parse(row.get(from).asText()).minusDays(days).toString());
    }

    @Provide
    Arbitrary<Breach> breaches() {
        Arbitrary<Integer> minutes = Arbitraries.integers().between(1, 60 * 24 * 400);
        Arbitrary<Integer> days = Arbitraries.integers().between(1, 3000);
        Arbitrary<String> control = Arbitraries.chars().range('\u0000', '\u001F').filter(c -> c != '\t' && c != '\n' && c != '\r')
                .map(c -> "Acme " + c + " Ltd");
        Arbitrary<String> surrogate = Arbitraries.chars().range('\uD800', '\uDFFF').map(c -> "Ana " + c + " Pop");
        Arbitrary<String> longName = Arbitraries.integers().between(201, 20_000).map("x"::repeat);
        Arbitrary<String> formula = Arbitraries.of("=HYPERLINK(\"http://x\")", "=1+1", "@SUM(A1:A2)", "+1-555 cmd|' /C calc'!A0",
                "-2+3", "=cmd|' /C notepad'!A0");
        Arbitrary<String> notIso = Arbitraries.of("31/10/2026", "10/31/2026", "2026-13-01", "2026-02-30", "31.10.2026", "yesterday",
                "2026-10-31T09:00");
        Arbitrary<Integer> offScale = Arbitraries.oneOf(Arbitraries.integers().between(11, 1_000_000),
                Arbitraries.integers().between(-1_000_000, -1));
        return Arbitraries.oneOf(
                minutes.map(m -> new Breach("request", "acknowledged_at", "ack before received", before("received_at", m))),
                minutes.map(m -> new Breach("request", "answered_at", "answer before received", before("received_at", m))),
                offScale.map(v -> new Breach("survey_answer", "value", "off the scale " + v, (row, f) -> {
                    row.put("scale", "RECOMMEND_0_10");
                    row.put(f, v);
                })),
                days.map(d -> new Breach("promise", "decided_on", "kept before made", (row, f) -> {
                    row.put("outcome", "KEPT");
                    dayBefore("made_on", d).accept(row, f);
                })),
                days.map(d -> new Breach("promise", "due", "due before made", dayBefore("made_on", d))),
                days.map(d -> new Breach("problem", "target", "target before raised", dayBefore("raised_on", d))),
                notIso.map(t -> new Breach("promise", "due", "date " + t, text(t))),
                notIso.map(t -> new Breach("survey_answer", "answered_on", "date " + t, text(t))),
                notIso.map(t -> new Breach("problem", "raised_on", "date " + t, text(t))),
                longName.map(n -> new Breach("client", "name", n.length() + " characters", text(n))),
                formula.map(t -> new Breach("contact", "phone", "phone " + t, text(t))),
                control.map(t -> new Breach("client", "name", "control character", text(t))),
                control.map(t -> new Breach("interaction", "title", "control character", text(t))),
                control.map(t -> new Breach("request_question", "question", "control character", text(t))),
                surrogate.map(t -> new Breach("contact", "name", "lone surrogate", text(t))),
                surrogate.map(t -> new Breach("problem", "description", "lone surrogate", text(t))),
                Arbitraries.of("new,sophie@example.com", "a b@example.com", "<x@example.com>", "x@example")
                        .map(t -> new Breach("contact", "email", "email " + t, text(t))));
    }

    @Provide
    Arbitrary<Language> languages() {
        return Arbitraries.of(Language.values());
    }

    @Property(tries = 120)
    void aRuleBreakingValueIsRefusedNamingTheRecordAndFieldAndNothingChanges(@ForAll("breaches") Breach breach,
                                                                              @ForAll("languages") Language language,
                                                                              @ForAll("records") int pick) throws Exception {
        I18n.use(language);
        ObjectNode doc = demo.deepCopy();
        ArrayNode rows = (ArrayNode) doc.get("tables").get(breach.table());
        int index = pick % rows.size();
        ObjectNode row = (ObjectNode) rows.get(index);
        breach.apply().accept(row, breach.field());
        int record = index + 1;
        byte[] file = JSON.writeValueAsBytes(doc);
        Path onDisk = dir.resolve("breach.json");
        Files.write(onDisk, file);

        Path journalFile = target.file();
        byte[] before = Files.readAllBytes(journalFile);
        byte[] exportBefore = JsonExportTest.export(target);

        Pattern named = Pattern.compile(Pattern.quote(I18n.t("data.json.badField", "LINE", breach.table(), record, breach.field(), "WHY"))
                .replace("LINE", "\\E\\d+\\Q").replace("WHY", "\\E.+\\Q"), Pattern.DOTALL);
        for (Runnable read : List.<Runnable>of(
                () -> new DataExchange(target.data()).apply(new DataExchange(target.data()).readJson(new ByteArrayInputStream(file)), true, true, n -> { }),
                () -> new DataExchange(target.data()).apply(new DataExchange(target.data()).readJson(onDisk), true, true, n -> { }))) {
            assertThatThrownBy(read::run).isInstanceOf(RapportException.class)
                    .satisfies(e -> assertThat(e.getMessage()).as(breach.toString()).matches(named));
        }
        assertThat(Files.readAllBytes(journalFile)).isEqualTo(before);
        assertThat(JsonExportTest.export(target)).isEqualTo(exportBefore);
    }

    @Provide
    Arbitrary<Integer> records() {
        return Arbitraries.integers().between(0, 10_000);
    }

    /** A contact file's person with a value the forms refuse: the import names the line and field, and stores nothing. */
    @Provide
    Arbitrary<String[]> badCells() {
        Arbitrary<String> control = Arbitraries.chars().range('\u0000', '\u001F').filter(c -> c != '\t' && c != '\n' && c != '\r')
                .map(c -> "Acme" + c);
        return Arbitraries.oneOf(
                control.map(v -> new String[] {"client", v}),
                Arbitraries.of("new,sophie@example.com", "sophie@@example.com", "sophie example.com").map(v -> new String[] {"email", v}),
                Arbitraries.of("=1+1", "=HYPERLINK(\"http://x\")", "@SUM(A1)").map(v -> new String[] {"phone", v}),
                Arbitraries.integers().between(201, 5000).map(n -> new String[] {"name", "y".repeat(n)}));
    }

    @Property(tries = 40)
    void contactCsvRefusesTheSameValues(@ForAll("badCells") String[] cell, @ForAll("languages") Language language) throws Exception {
        I18n.use(language);
        String name = cell[0].equals("name") ? cell[1] : "Sophie Martin";
        String email = cell[0].equals("email") ? cell[1] : "sophie@example.com";
        String phone = cell[0].equals("phone") ? cell[1] : "+33 1 00";
        String client = cell[0].equals("client") ? cell[1] : "Acme";
        String csv = "name,email,phone,client\r\nAnn Lee,ann@example.com,,Acme\r\n" + quoted(name) + "," + quoted(email) + ","
                + quoted(phone) + "," + quoted(client) + "\r\n";
        String vcf = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + name.replace(",", "\\,") + "\r\nORG:" + client + "\r\nEMAIL:" + email
                + "\r\nTEL:" + phone + "\r\nEND:VCARD\r\n";
        byte[] before = Files.readAllBytes(target.file());
        String where = I18n.t("data.where.line", 3);
        assertThatThrownBy(() -> new DataExchange(target.data()).apply(new DataExchange(target.data()).readContactCsv(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), null)))
                .isInstanceOf(RapportException.class)
                .hasMessageStartingWith(I18n.t("data.plan.badField", where, cell[0], "").strip());
        if (!cell[0].equals("client") || cell[1].indexOf('\u0000') < 0) {
            assertThatThrownBy(() -> new DataExchange(target.data()).apply(new DataExchange(target.data()).readVcf(
                    new ByteArrayInputStream(vcf.getBytes(StandardCharsets.UTF_8)), null)))
                    .isInstanceOf(RapportException.class)
                    .hasMessageContaining(cell[0]);
        }
        assertThat(Files.readAllBytes(target.file())).isEqualTo(before);
    }

    private static String quoted(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    /** A card whose BEGIN:VCARD line is damaged is named, not silently dropped with its person. */
    @net.jqwik.api.Example
    void aCardWithADamagedBeginLineIsReported() throws Exception {
        String vcf = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nORG:Acme\r\nEND:VCARD\r\n"
                + "BEGN:VCARD\r\nVERSION:3.0\r\nFN:Sophie Martin\r\nORG:Acme\r\nEND:VCARD\r\n";
        byte[] before = Files.readAllBytes(target.file());
        assertThatThrownBy(() -> new DataExchange(target.data()).readVcf(new ByteArrayInputStream(vcf.getBytes(StandardCharsets.UTF_8)), null))
                .isInstanceOf(RapportException.class)
                .hasMessage(I18n.t("data.vcf.damagedCard", "10"));
        assertThat(Files.readAllBytes(target.file())).isEqualTo(before);
    }

    /** A NUL in an organisation is refused naming the card and field, not by SQLite's uniqueness. */
    @net.jqwik.api.Example
    void aNulInAnOrganisationIsRefusedNamingTheField() {
        I18n.use(Language.ENGLISH);
        String vcf = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sophie Martin\r\nORG:Acme\u0000\r\nEMAIL:sophie@example.com\r\nEND:VCARD\r\n";
        assertThatThrownBy(() -> new DataExchange(target.data()).readVcf(new ByteArrayInputStream(vcf.getBytes(StandardCharsets.UTF_8)), null))
                .isInstanceOf(RapportException.class)
                .hasMessageStartingWith(I18n.t("data.plan.badField", I18n.t("data.where.cardNamed", "1", "Sophie Martin"), "client", "")
                        .strip())
                .hasMessageNotContaining("UNIQUE");
    }

    /** Monica's export, with a NUL in a person's first name: refused naming the person and the field. */
    @net.jqwik.api.Example
    void monicaRefusesAControlCharacter() throws Exception {
        I18n.use(Language.ENGLISH);
        String monica = new String(MonicaImportTest.sample(), StandardCharsets.UTF_8)
                .replaceFirst("\"first_name\": *\"Šarūnas\"", "\"first_name\": \"Šar\\\\u0000ūnas\"");
        byte[] before = Files.readAllBytes(target.file());
        assertThatThrownBy(() -> new DataExchange(target.data()).apply(new DataExchange(target.data()).readMonicaJson(
                new ByteArrayInputStream(monica.getBytes(StandardCharsets.UTF_8)), "Acme")))
                .isInstanceOf(RapportException.class)
                .hasMessageContaining(", field ").hasMessageContaining("U+0000");
        assertThat(Files.readAllBytes(target.file())).isEqualTo(before);
    }
}
