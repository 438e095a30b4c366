package dev.rapport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** `rapport duplicates`: one pair a line with the reason, or JSON. */
class DuplicatesCommandTest {
    @TempDir
    Path dir;
    private Path file;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void journal() {
        file = dir.resolve("j.rapport");
        try (JournalSession s = JournalSession.open(file)) {
            Client baltic = s.clients().save(Client.create("Baltic Freight Lines"));
            Client other = s.clients().save(Client.create("Other"));
            s.contacts().save(new Contact(0, baltic.id(), "Šarūnas Žemaitis", "", "sarunas@bfl.lt", "", null, "", "", false));
            s.contacts().save(new Contact(0, baltic.id(), "Sarunas Zemaitis", "", "", "", null, "", "", false));
            s.contacts().save(new Contact(0, other.id(), "Ann", "", "SARUNAS@bfl.lt", "", null, "", "", false));
        }
    }

    private int run(String... args) {
        return RapportCommand.run(args, (journal, demo) -> { }, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void printsOnePairALineWithTheReason() {
        assertThat(run("duplicates", "--journal", file.toString())).as(err.toString()).isZero();
        assertThat(out.toString().lines().toList()).containsExactly(
                "Šarūnas Žemaitis\tBaltic Freight Lines\tSarunas Zemaitis\tBaltic Freight Lines\tsimilar name at the same client",
                "Šarūnas Žemaitis\tBaltic Freight Lines\tAnn\tOther\tsame email");
    }

    @Test
    void printsJson() throws Exception {
        assertThat(run("duplicates", "--journal", file.toString(), "--json")).isZero();
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        assertThat(doc.get("pairs")).hasSize(2);
        assertThat(doc.get("pairs").get(1).get("reasons").get(0).asText()).isEqualTo("same-email");
        assertThat(doc.get("pairs").get(1).get("second").get("client").asText()).isEqualTo("Other");
    }
}
