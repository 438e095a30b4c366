package dev.rapport.logic;

import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.ClientFilter;
import dev.rapport.model.ClientStatus;
import dev.rapport.model.Contact;
import dev.rapport.model.ContactMerge;
import dev.rapport.model.ContactRole;
import dev.rapport.model.Interaction;
import dev.rapport.model.Person;
import dev.rapport.model.PersonOverview;
import dev.rapport.model.Rhythm;
import dev.rapport.model.RhythmState;
import dev.rapport.model.TagChange;
import dev.rapport.model.ValidationException;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One person, several roles: the People of each client, merging, deleting a client and its undo, the people list. */
class RolesServiceTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("UTC"));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;
    JournalSession session;
    Client acme;
    Client baltic;

    @BeforeEach
    void open() {
        session = JournalSession.open(dir.resolve("j.rapport"), CLOCK);
        acme = session.clients().save(new Client(0, "Acme", ClientStatus.ACTIVE, false, "", "", new Rhythm(14, 30)));
        baltic = session.clients().save(new Client(0, "Baltic", ClientStatus.PAUSED, false, "", "", new Rhythm(7, 10)));
    }

    @AfterEach
    void close() {
        session.close();
    }

    Contact person(Client c, String name, String title) {
        return session.contacts().save(new Contact(0, c.id(), name, title, "", "", null, "", "", false));
    }

    Interaction entry(Client c, int daysAgo, Contact... present) {
        return session.interactions().save(new Interaction(0, c.id(), TODAY.minusDays(daysAgo).atTime(9, 0), Channel.CALL, "Call",
                "", "", List.of(), null, java.util.Arrays.stream(present).map(Contact::id).toList()));
    }

    @Test
    void aBoardMemberAtTwoClientsIsListedAtBothWithTheirTitleThere() {
        Contact ann = person(acme, "Ann", "CFO");
        Contact bob = person(baltic, "Bob", "CEO");
        session.contacts().addRole(ContactRole.start(ann.id(), baltic.id(), "Board member", LocalDate.of(2025, 1, 1)));

        assertThat(session.contacts().forClient(baltic.id())).extracting(Contact::name).containsExactly("Ann", "Bob");
        Person annAtBaltic = session.contacts().peopleAt(baltic.id()).get(0);
        assertThat(annAtBaltic.rolesAt(baltic.id())).singleElement().extracting(ContactRole::title).isEqualTo("Board member");
        assertThat(annAtBaltic.rolesElsewhere(baltic.id())).singleElement().extracting(ContactRole::title).isEqualTo("CFO");
        assertThat(session.contacts().find(ann.id())).get().extracting(Contact::clientId, Contact::role)
                .containsExactly(acme.id(), "CFO");
        assertThat(session.clients().overview(baltic.id())).get().extracting(o -> o.contactCount()).isEqualTo(2);
        assertThat(bob.id()).isPositive();
    }

    @Test
    void aPastRoleIsListedAfterTheCurrentOnesAndKeepsTheEntriesAtTheOldClient() {
        Contact ann = person(acme, "Ann", "CFO");
        Contact zed = person(acme, "Zed", "");
        Interaction old = entry(acme, 40, ann);
        ContactRole cfo = session.contacts().peopleAt(acme.id()).get(0).rolesAt(acme.id()).get(0);

        ContactRole before = session.contacts().endRole(cfo.id(), LocalDate.of(2026, 11, 1));
        ContactRole coo = session.contacts().addRole(ContactRole.start(ann.id(), baltic.id(), "COO", LocalDate.of(2026, 11, 2)));

        assertThat(before.to()).isNull();
        assertThat(session.contacts().forClient(acme.id())).extracting(Contact::name).containsExactly("Zed", "Ann");
        assertThat(session.contacts().find(ann.id())).get().extracting(Contact::clientId, Contact::role)
                .containsExactly(baltic.id(), "COO");
        assertThat(session.interactions().find(old.id())).get().satisfies(i -> {
            assertThat(i.clientId()).isEqualTo(acme.id());
            assertThat(i.contactIds()).containsExactly(ann.id());
        });
        assertThatThrownBy(() -> session.contacts().endRole(coo.id(), LocalDate.of(2026, 11, 1)))
                .isInstanceOf(ValidationException.class);
        assertThat(zed.id()).isPositive();
    }

    @Test
    void mergeCombinesRolesAndTagsAndItsUndoRestoresBoth() {
        Contact a = person(acme, "Ann Lee", "CFO");
        Contact b = person(acme, "Ann Lee", "");
        session.contacts().addRole(ContactRole.start(b.id(), baltic.id(), "Board member", null));
        session.people().setTags(a.id(), "vip");
        session.people().setTags(b.id(), "board, vip");

        ContactMerge m = session.duplicates().merge(a, b.id());

        Person merged = session.contacts().person(a.id()).orElseThrow();
        assertThat(merged.roles()).extracting(ContactRole::clientId).containsExactlyInAnyOrder(acme.id(), baltic.id());
        assertThat(merged.tags()).containsExactly("board", "vip");
        assertThat(session.contacts().forClient(baltic.id())).extracting(Contact::id).containsExactly(a.id());

        session.duplicates().undo(m);

        assertThat(session.contacts().person(a.id()).orElseThrow().roles()).extracting(ContactRole::clientId)
                .containsExactly(acme.id());
        assertThat(session.contacts().person(a.id()).orElseThrow().tags()).containsExactly("vip");
        Person back = session.contacts().person(b.id()).orElseThrow();
        assertThat(back.roles()).extracting(ContactRole::clientId, ContactRole::title).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(acme.id(), ""), org.assertj.core.groups.Tuple.tuple(baltic.id(), "Board member"));
        assertThat(back.tags()).containsExactly("board", "vip");
    }

    @Test
    void deletingAClientKeepsThePersonWithARoleElsewhereAndUndoBringsTheirRoleBack() {
        Contact ann = person(acme, "Ann", "CFO");
        Contact bob = person(acme, "Bob", "Buyer");
        session.contacts().addRole(ContactRole.start(ann.id(), baltic.id(), "Board member", null));
        entry(acme, 3, ann, bob);
        session.dates().save(new dev.rapport.model.DatedEvent(0, acme.id(), ann.id(), dev.rapport.model.DatedEvent.Kind.BIRTHDAY,
                LocalDate.of(1980, 3, 14), "", ""));

        ClientSnapshot snapshot = session.deleteClient(acme.id());

        assertThat(session.contacts().find(bob.id())).isEmpty();
        assertThat(session.contacts().person(ann.id()).orElseThrow().roles()).extracting(ContactRole::clientId)
                .containsExactly(baltic.id());
        assertThat(session.dates().forClient(baltic.id())).singleElement().satisfies(d -> assertThat(d.contactId()).isEqualTo(ann.id()));

        Client restored = session.undoDelete(snapshot);

        assertThat(session.contacts().forClient(restored.id())).extracting(Contact::name).containsExactlyInAnyOrder("Ann", "Bob");
        assertThat(session.contacts().person(ann.id()).orElseThrow().rolesAt(restored.id()))
                .singleElement().extracting(ContactRole::title).isEqualTo("CFO");
        assertThat(session.contacts().peopleAt(restored.id())).filteredOn(p -> p.contact().name().equals("Bob"))
                .singleElement().satisfies(p -> assertThat(p.roles()).singleElement().extracting(ContactRole::title).isEqualTo("Buyer"));
        assertThat(session.interactions().forClient(restored.id(), 10, 0)).singleElement()
                .satisfies(e -> assertThat(e.interaction().contactIds()).hasSize(2).contains(ann.id()));
        assertThat(session.contacts().count()).isEqualTo(2);
        assertThat(session.contacts().find(bob.id())).isPresent();
        assertThat(restored.id()).isEqualTo(acme.id());
        // Ann is home at Acme again, with her birthday there, as before the deletion
        assertThat(session.contacts().find(ann.id())).get().extracting(Contact::clientId, Contact::role)
                .containsExactly(acme.id(), "CFO");
        assertThat(session.dates().forClient(acme.id())).singleElement().satisfies(d -> assertThat(d.contactId()).isEqualTo(ann.id()));
    }

    @Test
    void thePeopleListFiltersByTagClientStatusRhythmAndLastContact() {
        Contact ann = person(acme, "Ann", "CFO");
        Contact bob = person(baltic, "Bob", "CEO");
        Contact cid = person(acme, "Cid", "");
        entry(acme, 20, ann);
        entry(baltic, 3, bob);
        session.people().setTags(ann.id(), "board");
        session.people().setTags(bob.id(), "board, golf");
        PeopleListService people = session.people();
        List<PersonOverview> all = people.overviews();

        assertThat(all).extracting(o -> o.person().contact().name()).containsExactly("Ann", "Bob", "Cid");
        assertThat(all).extracting(PersonOverview::rhythmState).containsExactly(RhythmState.AMBER, RhythmState.GREEN, RhythmState.NEVER);
        assertThat(names(people.filter(all, new ClientFilter("", null, "board", null, null, null)))).containsExactly("Ann", "Bob");
        assertThat(names(people.filter(all, new ClientFilter("", ClientStatus.PAUSED, null, null, null, null)))).containsExactly("Bob");
        assertThat(names(people.filter(all, new ClientFilter("", null, null, RhythmState.NEVER, null, null)))).containsExactly("Cid");
        assertThat(names(people.filter(all, new ClientFilter("", null, null, null, TODAY.minusDays(10), null))))
                .containsExactly("Ann", "Cid");
        assertThat(names(people.filter(all, new ClientFilter("", null, null, null, null, TODAY.minusDays(10)))))
                .containsExactly("Bob");
        assertThat(names(people.filter(all, new ClientFilter("cfo", null, null, null, null, null)))).containsExactly("Ann");
        // a board role at the paused client makes Ann match its status too
        session.contacts().addRole(ContactRole.start(ann.id(), baltic.id(), "Board member", null));
        assertThat(names(people.filter(people.overviews(), new ClientFilter("", ClientStatus.PAUSED, null, null, null, null))))
                .containsExactly("Ann", "Bob");
    }

    @Test
    void aTagAddedToManyPeopleIsUndoneToEachOnesOwnTags() {
        Contact ann = person(acme, "Ann", "");
        Contact bob = person(acme, "Bob", "");
        session.people().setTags(bob.id(), "golf, vip");

        TagChange change = session.people().changeTag(true, "#VIP", List.of(ann.id(), bob.id()));
        assertThat(session.contacts().person(ann.id()).orElseThrow().tags()).containsExactly("vip");
        TagChange removal = session.people().changeTag(false, "golf", List.of(ann.id(), bob.id()));
        assertThat(session.contacts().person(bob.id()).orElseThrow().tags()).containsExactly("vip");

        session.people().undo(removal);
        session.people().undo(change);

        assertThat(session.contacts().person(ann.id()).orElseThrow().tags()).isEmpty();
        assertThat(session.contacts().person(bob.id()).orElseThrow().tags()).containsExactly("golf", "vip");
        assertThatThrownBy(() -> session.people().changeTag(true, "two words", List.of(ann.id())))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> session.people().changeTag(true, "x", List.of())).isInstanceOf(ValidationException.class);
    }

    @Test
    void peopleViewsAreSavedApartFromClientViews() {
        session.people().saveView("Board", new ClientFilter("", null, "board", null, null, null));
        assertThat(session.people().views()).extracting(v -> v.name()).containsExactly("Board");
        assertThat(session.clientList().views()).isEmpty();
    }

    static List<String> names(List<PersonOverview> rows) {
        return rows.stream().map(o -> o.person().contact().name()).toList();
    }
}
