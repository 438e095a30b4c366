package dev.rapport.logic;

import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Interaction;
import dev.rapport.model.RapportException;
import dev.rapport.tools.demo.DemoJournal;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Everything Rapport logs, at every level, while it stores, finds, fails and backs up: no note text, name or email. */
class LogPrivacyTest {
    private static final String NOTE = "Confidential merger with Zeta Holdings";
    private static final String NAME = "Šarūnas Žemaitis";
    private static final String EMAIL = "sarunas.zemaitis@secret.example";

    @TempDir
    Path dir;

    @Test
    void logsCarryNoNoteTextNamesOrEmails() {
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                StringWriter w = new StringWriter();
                w.write(String.valueOf(r.getMessage()));
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
        Logger root = Logger.getLogger("");
        Level before = root.getLevel();
        root.setLevel(Level.ALL);
        root.addHandler(capture);
        try (JournalSession s = JournalSession.open(dir.resolve("j.rapport"))) {
            Client c = s.clients().save(Client.create("Zeta Holdings"));
            Contact p = s.contacts().save(new Contact(0, c.id(), NAME, "CEO", EMAIL, "", null, "", NOTE, true));
            s.interactions().save(new Interaction(0, c.id(), LocalDateTime.of(2026, 1, 1, 9, 0), dev.rapport.model.Channel.CALL,
                    "Call", NOTE, NOTE, List.of(), null, List.of(p.id())));
            s.search().search("merger");
            s.backups().backupNow(null);
            assertThatThrownBy(() -> s.clients().save(Client.create("Zeta Holdings"))).isInstanceOf(RapportException.class);
            DemoJournal.fill(s);
        } finally {
            root.removeHandler(capture);
            root.setLevel(before);
        }
        assertThat(logged).isNotEmpty();
        assertThat(String.join("\n", logged)).doesNotContain(NOTE).doesNotContain(NAME).doesNotContain(EMAIL)
                .doesNotContain("Zeta").doesNotContain("Олена");
    }
}
