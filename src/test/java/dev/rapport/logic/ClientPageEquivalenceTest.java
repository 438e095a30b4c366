package dev.rapport.logic;

import dev.rapport.model.Channel;
import dev.rapport.model.Interaction;
import dev.rapport.model.JournalEntry;
import dev.rapport.model.Mood;
import dev.rapport.tools.demo.SyntheticJournal;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client page's entries (each built once, its people read for the whole page in one query)
 * equal the plain reads: every row of the page read by itself through plain JDBC, its people
 * one entry at a time, built through the model's own constructor; and each equals the entry
 * {@code find} returns.
 */
class ClientPageEquivalenceTest {
    private static final LocalDateTime WRITTEN = LocalDateTime.of(2026, 11, 25, 10, 0);
    private static final Clock CLOCK = Clock.fixed(WRITTEN.toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    static Path dir;

    private static Path file;

    @BeforeAll
    static void write() {
        file = dir.resolve("j.rapport");
        try (JournalSession s = JournalSession.open(file, CLOCK)) {
            SyntheticJournal.fill(s, SyntheticJournal.Scale.of(1), WRITTEN, 7);
        }
    }

    @Test
    void eachPageOfEachClientEqualsThePlainReadsOfItsEntries() {
        try (JournalSession s = JournalSession.open(file, CLOCK)) {
            int withPeople = 0;
            int compared = 0;
            for (var client : s.clients().all().subList(0, 4)) {
                for (int offset : new int[] {0, 50}) {
                    List<JournalEntry> page = s.interactions().forClient(client.id(), 50, offset);
                    List<JournalEntry> plain = plainPage(s, client.id(), 50, offset);
                    assertThat(page).isEqualTo(plain);
                    for (JournalEntry e : page) {
                        assertThat(s.interactions().find(e.interaction().id())).contains(e.interaction());
                        withPeople += e.contactNames().isEmpty() ? 0 : 1;
                        compared++;
                    }
                }
            }
            assertThat(compared).isGreaterThan(100);
            assertThat(withPeople).as("entries with people are compared too").isGreaterThan(10);
        }
    }

    /** The page read plainly: ids in the page's order, then each entry and its people by themselves. */
    private static List<JournalEntry> plainPage(JournalSession s, long clientId, int limit, int offset) {
        return s.journal().read(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM interaction WHERE client_id = ? "
                    + "ORDER BY coalesce(occurred_utc, occurred_at) DESC, id DESC LIMIT ? OFFSET ?")) {
                ps.setLong(1, clientId);
                ps.setInt(2, limit);
                ps.setInt(3, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            List<JournalEntry> out = new ArrayList<>();
            for (long id : ids) {
                List<Long> people = new ArrayList<>();
                List<String> names = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT x.contact_id, p.name FROM interaction_contact x "
                        + "JOIN contact p ON p.id = x.contact_id WHERE x.interaction_id = ? ORDER BY p.name, x.contact_id")) {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            people.add(rs.getLong(1));
                            names.add(rs.getString(2));
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT i.client_id, i.occurred_utc, i.zone, i.channel, i.title, "
                        + "i.summary, i.private_notes, i.tags, i.mood, cl.name FROM interaction i JOIN client cl ON cl.id = i.client_id "
                        + "WHERE i.id = ?")) {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        ZonedDateTime moment = java.time.Instant.parse(rs.getString(2)).atZone(ZoneId.of(rs.getString(3)));
                        String tags = rs.getString(8);
                        String mood = rs.getString(9);
                        Interaction i = new Interaction(id, rs.getLong(1), moment, Channel.valueOf(rs.getString(4)), rs.getString(5),
                                rs.getString(6), rs.getString(7), tags.isEmpty() ? List.of() : Arrays.asList(tags.split(" ")),
                                mood == null ? null : Mood.valueOf(mood), people);
                        out.add(new JournalEntry(i, rs.getString(10), names));
                    }
                }
            }
            return out;
        });
    }
}
