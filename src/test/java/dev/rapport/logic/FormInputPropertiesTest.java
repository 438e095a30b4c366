package dev.rapport.logic;

import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Interaction;
import dev.rapport.model.JournalFilter;
import dev.rapport.model.ValidationException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile, huge and odd input to every form's fields: each save either stores exactly what was
 * given (trimmed) or is refused with a message naming a field, and a refused save stores nothing.
 */
class FormInputPropertiesTest {
    private static Path dir;
    private static JournalSession session;
    private static long clientId;
    static final AtomicInteger TRIED = new AtomicInteger();

    @BeforeContainer
    static void open() throws Exception {
        dir = Files.createTempDirectory("rapport-props");
        session = JournalSession.open(dir.resolve("j.rapport"));
        clientId = session.clients().save(Client.create("Fixture Client")).id();
    }

    @AfterContainer
    static void close() {
        session.close();
        System.setProperty("rapport.props.tried", Integer.toString(TRIED.get()));
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().withCharRange('\u0400', '\u04FF').ofMaxLength(60),
                Arbitraries.of("", "   ", "=cmd|' /C calc'!A0", "<script>alert(1)</script>", "'; DROP TABLE client; --",
                        "\u0000\u0001", "\uD83D\uDE00 emoji", "a@b", "x".repeat(100_001), "Šarūnas Žemaitis", "\r\n\t"),
                Arbitraries.strings().ofMinLength(199).ofMaxLength(202));
    }

    @Property(tries = 300)
    void anEntryIsStoredAsGivenOrRefusedAtAField(@ForAll("text") String title, @ForAll("text") String summary,
                                                  @ForAll("text") String notes, @ForAll("text") String tags) {
        TRIED.incrementAndGet();
        int before = session.interactions().count(JournalFilter.ALL);
        Interaction entry;
        try {
            entry = new Interaction(0, clientId, LocalDateTime.of(2026, 1, 1, 9, 0), Channel.EMAIL, title, summary, notes,
                    Interaction.parseTags(tags), null, List.of());
        } catch (ValidationException e) {
            assertThat(e.field()).isIn("title", "summary", "privateNotes", "tags");
            assertThat(session.interactions().count(JournalFilter.ALL)).isEqualTo(before);
            return;
        }
        Interaction stored = session.interactions().save(entry);
        assertThat(session.interactions().find(stored.id())).contains(stored);
        assertThat(session.interactions().count(JournalFilter.ALL)).isEqualTo(before + 1);
    }

    @Property(tries = 300)
    void aContactIsStoredAsGivenOrRefusedAtAField(@ForAll("text") String name, @ForAll("text") String email,
                                                   @ForAll("text") String phone, @ForAll("text") String zone) {
        TRIED.incrementAndGet();
        int before = session.contacts().count();
        Contact contact;
        try {
            contact = new Contact(0, clientId, name, "", email, phone, null, zone, "", false);
        } catch (ValidationException e) {
            assertThat(e.field()).isIn("name", "email", "phone", "timeZone");
            assertThat(session.contacts().count()).isEqualTo(before);
            return;
        }
        Contact stored = session.contacts().save(contact);
        assertThat(session.contacts().find(stored.id())).contains(stored);
    }

    @Property(tries = 200)
    void aClientIsStoredAsGivenOrRefusedAtAField(@ForAll("text") String name, @ForAll("text") String notes) {
        TRIED.incrementAndGet();
        int before = session.clients().count();
        try {
            Client stored = session.clients().save(new Client(0, name, null, false, "", notes, null));
            assertThat(session.clients().find(stored.id())).contains(stored);
        } catch (ValidationException e) {
            assertThat(e.field()).isIn("name", "notes");
            assertThat(session.clients().count()).isEqualTo(before);
        }
    }
}
