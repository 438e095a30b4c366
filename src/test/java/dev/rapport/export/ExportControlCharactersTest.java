package dev.rapport.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.logic.JournalSession;
import dev.rapport.logic.ReportFixture;
import dev.rapport.model.DataList;
import dev.rapport.model.Period;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A journal that holds NUL and other control characters (written straight into SQLite, as an old
 * import could) exports none of them, in any format: each text arrives without them.
 */
class ExportControlCharactersTest {
    /** C0 controls other than tab and line breaks, DEL and C1. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

    @TempDir
    Path dir;

    @Test
    void noExportFormatCarriesAControlCharacter() throws Exception {
        Path file = dir.resolve("nul.rapport");
        long clientId;
        ReportFixture f = ReportFixture.create(file, "SECRET", "Other Co", "other text");
        clientId = f.baltic.id();
        f.session.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE client SET name = replace(name, 'Freight', 'Fre' || char(0) || 'ight' || char(7)),"
                    + " notes = 'Note' || char(0) || char(27) || '[31m'");
            s.executeUpdate("UPDATE contact SET name = replace(name, 'Šarūnas', 'Ša' || char(0) || 'rūnas'),"
                    + " notes = 'Calls' || char(0) || char(127) || char(133) || ' early'");
            s.executeUpdate("UPDATE promise SET what = replace(what, 'Draft', 'Dr' || char(0) || 'aft')");
            s.executeUpdate("UPDATE problem SET description = replace(description, 'Data', 'Da' || char(0) || char(27) || 'ta')");
            s.executeUpdate("UPDATE interaction SET title = replace(title, 'Status', 'Sta' || char(0) || 'tus'),"
                    + " summary = summary || char(0) || char(11)");
            try (var rs = s.executeQuery("SELECT count(*) FROM client WHERE instr(name, char(0)) > 0")) {
                assertThat(rs.getInt(1)).as("the journal does hold a NUL").isEqualTo(1);
            }
        }

        try (JournalSession s = JournalSession.open(file, ReportFixture.CLOCK)) {
            Map<String, String> exports = new LinkedHashMap<>();
            exports.put("ics", text(out -> new DataExchange(s.data()).exportIcs(out)));
            exports.put("vcf", text(out -> new DataExchange(s.data()).exportVcf(out)));
            for (DataList list : DataList.values()) {
                exports.put("csv " + list, text(out -> new DataExchange(s.data()).exportCsv(list, true, out)));
            }
            String json = text(out -> new DataExchange(s.data()).exportJson(out, n -> { }));
            exports.put("json", json);
            var summary = s.reports().summary(clientId, new Period(ReportFixture.FROM, ReportFixture.TO));
            exports.put("summary md", SummaryRenderer.markdown(summary));
            exports.put("summary html", SummaryRenderer.html(summary));
            exports.put("summary pdf", pdfText(SummaryRenderer.render(summary, SummaryRenderer.Format.PDF)));
            var brief = s.reports().brief(clientId);
            exports.put("brief md", BriefRenderer.markdown(brief));
            exports.put("brief html", BriefRenderer.xhtml(brief, 12, 220, new ReportFormat(dev.rapport.i18n.I18n.messages())));
            exports.put("brief pdf", pdfText(BriefRenderer.pdf(brief)));

            exports.forEach((format, text) -> {
                assertThat(CONTROL.matcher(text).find()).as(format + " has a control character").isFalse();
                assertThat(text).as(format + " still names the client").contains("ight");
                assertThat(text).as(format).doesNotContain("\\u0000");
            });
            assertThat(exports.get("ics")).contains("Draft the Q1 plan");
            assertThat(exports.get("vcf")).contains("Šarūnas Žemaitis");
            assertThat(exports.get("csv " + DataList.CONTACTS)).contains("Šarūnas Žemaitis");
            assertThat(exports.get("csv " + DataList.INTERACTIONS)).contains("Status call");
            JsonNode tree = new ObjectMapper().readTree(json);
            assertNoControlInJson(tree);
            assertThat(json).contains("Baltic <b>Freight</b>", "Calls early", "Data migration risk");
        }
    }

    private interface Export {
        void to(ByteArrayOutputStream out) throws Exception;
    }

    private static String text(Export export) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.to(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static void assertNoControlInJson(JsonNode node) {
        if (node.isTextual()) {
            assertThat(CONTROL.matcher(node.textValue()).find()).as(node.textValue()).isFalse();
        }
        node.forEach(ExportControlCharactersTest::assertNoControlInJson);
    }
}
