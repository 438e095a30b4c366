package dev.rapport.mail;

import dev.rapport.export.BriefRenderer;
import dev.rapport.export.SummaryRenderer;
import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.model.Client;
import dev.rapport.model.DataList;
import dev.rapport.model.Period;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail text is private: it lives only in the entries' private notes. It is never in a client's
 * summary (Markdown, HTML), a meeting brief, the CSV lists without private notes, or the logs of
 * the import — at any level. (The questions of a request the consultant accepts are the request
 * itself, and show where requests show.)
 */
class MailPrivacyTest {
    /** Text only the mails' bodies hold, none of it a question. */
    private static final List<String> MAIL_TEXT = List.of("BalticLine", "steering meeting", "scanners arrive on the 12th",
            "calendarul instruirii o dată cu ea", "достатньо листа", "picking errors down 38%", "+372 5555 0101",
            "Pietūs 12:30", "biudžetas patvirtintas", "Atașat: oferta revizuită");

    @TempDir
    Path dir;

    @Test
    void mailTextNeverLeavesThePrivateNotes() throws Exception {
        I18n.use(Language.ENGLISH);
        List<String> logged = new ArrayList<>();
        Handler capture = capture(logged);
        Logger root = Logger.getLogger("");
        Level before = root.getLevel();
        root.setLevel(Level.ALL);
        root.addHandler(capture);
        MailFixture f = new MailFixture(dir);
        try (f.session) {
            Path corpus = MailFixture.corpus(dir);
            f.importFiles(List.of(corpus), true, false);
            f.importFiles(List.of(corpus), true, true);
            StringBuilder outward = new StringBuilder();
            Period period = new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
            for (Client c : List.of(f.northwind, f.baltic, f.kyiv, f.brasov, f.sever, f.tom)) {
                var summary = f.session.reports().summary(c.id(), period);
                outward.append(SummaryRenderer.markdown(summary)).append(SummaryRenderer.html(summary));
                outward.append(BriefRenderer.markdown(f.session.reports().brief(c.id())));
            }
            for (DataList list : DataList.values()) {
                ByteArrayOutputStream csv = new ByteArrayOutputStream();
                new dev.rapport.export.DataExchange(f.session.data()).exportCsv(list, false, csv);
                outward.append(csv.toString(StandardCharsets.UTF_8));
            }
            // The notes do hold the text (so the check above is not empty-handed).
            String notes = String.join("\n", f.session.interactions().forClient(f.northwind.id(), 500, 0).stream()
                    .map(e -> e.interaction().privateNotes()).toList());
            assertThat(notes).contains("BalticLine").contains("steering meeting");
            assertThat(outward).isNotEmpty();
            for (String text : MAIL_TEXT) {
                assertThat(outward.toString()).as("client-facing output").doesNotContain(text);
            }
        } finally {
            root.removeHandler(capture);
            root.setLevel(before);
        }
        String logs = String.join("\n", logged);
        for (String text : MAIL_TEXT) {
            assertThat(logs).as("logs").doesNotContain(text);
        }
        assertThat(logs).as("logs").doesNotContain("Rollout plan").doesNotContain("Ilona").doesNotContain("ilona.kask@");
    }

    private static Handler capture(List<String> logged) {
        return new Handler() {
            @Override
            public void publish(LogRecord r) {
                StringWriter w = new StringWriter();
                w.write(String.valueOf(r.getMessage()));
                if (r.getParameters() != null) {
                    for (Object p : r.getParameters()) {
                        w.write(" " + p);
                    }
                }
                if (r.getThrown() != null) {
                    r.getThrown().printStackTrace(new PrintWriter(w));
                }
                logged.add(w.toString());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }
}
