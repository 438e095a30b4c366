package dev.rapport.store;

import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.ClientStatus;
import dev.rapport.model.Contact;
import dev.rapport.model.Interaction;
import dev.rapport.model.JournalFilter;
import dev.rapport.model.Mood;
import dev.rapport.model.Rhythm;
import dev.rapport.model.RhythmState;
import dev.rapport.model.ValidationException;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RepositoriesTest {
    @TempDir
    Path dir;

    private Journal journal;
    private ClientRepository clients;
    private ContactRepository contacts;
    private InteractionRepository interactions;

    @BeforeEach
    void open() {
        journal = Journal.open(dir.resolve("j.rapport"));
        clients = new ClientRepository(journal);
        contacts = new ContactRepository(journal);
        interactions = new InteractionRepository(journal);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void clientRoundTripsEveryField() {
        Client saved = clients.save(new Client(0, "Baltic Freight", ClientStatus.PAUSED, true, "Logistics", "Notes ✓",
                new Rhythm(7, 21)));
        assertThat(clients.find(saved.id())).contains(saved);
    }

    @Test
    void clientNamesAreUniqueIgnoringCase() {
        clients.save(Client.create("Acme"));
        assertThatThrownBy(() -> clients.save(Client.create("ACME")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThat(clients.count()).isEqualTo(1);
    }

    @Test
    void onlyOneContactCarriesTheContext() {
        Client c = clients.save(Client.create("Acme"));
        Contact ann = contacts.save(carrier(c, "Ann"));
        Contact bob = contacts.save(carrier(c, "Bob"));
        assertThat(contacts.find(ann.id()).orElseThrow().contextCarrier()).isFalse();
        assertThat(contacts.find(bob.id()).orElseThrow().contextCarrier()).isTrue();
        assertThat(contacts.forClient(c.id())).extracting(Contact::name).containsExactly("Bob", "Ann");
    }

    @Test
    void anEntryKeepsItsPeopleAndTagsAndListsNewestFirst() {
        Client c = clients.save(Client.create("Acme"));
        Contact ann = contacts.save(Contact.create(c.id(), "Ann"));
        interactions.save(entry(c, "Older", LocalDateTime.of(2026, 1, 5, 9, 0), List.of(ann.id())));
        Interaction newer = interactions.save(entry(c, "Newer", LocalDateTime.of(2026, 2, 1, 14, 30), List.of(ann.id())));
        var page = interactions.forClient(c.id(), 10, 0);
        assertThat(page).extracting(e -> e.interaction().title()).containsExactly("Newer", "Older");
        assertThat(page.get(0).contactNames()).containsExactly("Ann");
        assertThat(page.get(0).clientName()).isEqualTo("Acme");
        assertThat(interactions.find(newer.id()).orElseThrow()).isEqualTo(newer);
    }

    @Test
    void filtersCombineClientChannelTagAndInclusiveDates() {
        Client a = clients.save(Client.create("Acme"));
        Client b = clients.save(Client.create("Beta"));
        interactions.save(new Interaction(0, a.id(), LocalDateTime.of(2026, 3, 1, 23, 59), Channel.CALL, "A call", "", "",
                List.of("budget"), null, List.of()));
        interactions.save(new Interaction(0, a.id(), LocalDateTime.of(2026, 3, 2, 0, 0), Channel.EMAIL, "A mail", "", "",
                List.of("budget"), null, List.of()));
        interactions.save(new Interaction(0, b.id(), LocalDateTime.of(2026, 3, 1, 10, 0), Channel.CALL, "B call", "", "",
                List.of(), null, List.of()));
        assertThat(interactions.count(new JournalFilter(a.id(), null, null, null, null))).isEqualTo(2);
        assertThat(interactions.count(new JournalFilter(null, Channel.CALL, null, null, null))).isEqualTo(2);
        assertThat(interactions.count(new JournalFilter(null, null, "#Budget", null, null))).isEqualTo(2);
        LocalDate day = LocalDate.of(2026, 3, 1);
        assertThat(interactions.page(new JournalFilter(null, null, null, day, day), 10, 0))
                .extracting(e -> e.interaction().title()).containsExactlyInAnyOrder("A call", "B call");
        assertThat(interactions.tags()).containsExactly("budget");
    }

    @Test
    void aPersonOfAnotherClientCannotAttendAndNothingIsSaved() {
        Client a = clients.save(Client.create("Acme"));
        Client b = clients.save(Client.create("Beta"));
        Contact stranger = contacts.save(Contact.create(b.id(), "Stranger"));
        Interaction good = entry(a, "Good", LocalDateTime.of(2026, 1, 1, 9, 0), List.of());
        Interaction bad = entry(a, "Bad", LocalDateTime.of(2026, 1, 2, 9, 0), List.of(stranger.id()));
        assertThatThrownBy(() -> interactions.saveAll(List.of(good, bad)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("contacts"));
        assertThat(interactions.count(JournalFilter.ALL)).isZero();
    }

    @Test
    void deletingAClientDeletesItsPeopleEntriesAndSearchIndex() {
        Client c = clients.save(Client.create("Acme"));
        Contact ann = contacts.save(Contact.create(c.id(), "Ann"));
        interactions.save(entry(c, "Quarterly review", LocalDateTime.of(2026, 1, 1, 9, 0), List.of(ann.id())));
        SearchRepository search = new SearchRepository(journal);
        assertThat(search.entries("\"quarterly\"*", Long.MAX_VALUE, 10)).hasSize(1);
        assertThat(clients.delete(c.id())).isTrue();
        assertThat(contacts.count()).isZero();
        assertThat(interactions.count(JournalFilter.ALL)).isZero();
        assertThat(search.entries("\"quarterly\"*", Long.MAX_VALUE, 10)).isEmpty();
        assertThat(search.parties("\"ann\"*", 10)).isEmpty();
    }

    @Test
    void overviewCountsDaysSinceTheLastEntryAgainstTheRhythm() {
        Client c = clients.save(new Client(0, "Acme", ClientStatus.ACTIVE, false, "", "", new Rhythm(7, 14)));
        Client quiet = clients.save(Client.create("Quiet"));
        interactions.save(entry(c, "Call", LocalDateTime.of(2026, 11, 10, 17, 0), List.of()));
        var overview = clients.overview(c.id(), LocalDate.of(2026, 11, 25)).orElseThrow();
        assertThat(overview.lastContact()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(overview.daysSinceLastContact()).isEqualTo(15);
        assertThat(overview.rhythmState()).isEqualTo(RhythmState.RED);
        assertThat(clients.overview(quiet.id(), LocalDate.of(2026, 11, 25)).orElseThrow().rhythmState()).isEqualTo(RhythmState.NEVER);
    }

    @Test
    void archivedClientsAreHiddenUnlessAskedFor() {
        clients.save(Client.create("Live"));
        clients.save(Client.create("Old").withArchived(true));
        assertThat(clients.overviews(false, LocalDate.now())).extracting(o -> o.client().name()).containsExactly("Live");
        assertThat(clients.overviews(true, LocalDate.now())).hasSize(2);
    }

    private static Contact carrier(Client c, String name) {
        return new Contact(0, c.id(), name, "", "", "", null, "", "", true);
    }

    private static Interaction entry(Client c, String title, LocalDateTime at, List<Long> people) {
        return new Interaction(0, c.id(), at, Channel.MEETING, title, "Summary of " + title, "private", List.of("x"),
                Mood.POSITIVE, people);
    }
}
