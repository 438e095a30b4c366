package dev.rapport.store;

import dev.rapport.model.Contact;
import dev.rapport.model.ContactRole;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** V5: a V4 journal with people upgrades in place; every person gets one current role at their client. */
class RolesMigrationTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;

    @Test
    void aJournalFromBeforeRolesUpgradesGivingEveryPersonOneCurrentRoleAtTheirClient() throws Exception {
        Path file = OldJournals.before(dir.resolve("before-roles.rapport"), "V5__roles.sql",
                "INSERT INTO client (id, name) VALUES (7, 'Acme'), (8, 'Baltic Freight')",
                "INSERT INTO contact (id, client_id, name, role, email, context_carrier) VALUES "
                        + "(4, 7, 'Ann Lee', 'CFO', 'ann@acme.test', 1), (5, 8, 'Šarūnas Žemaitis', '', '', 0)",
                "INSERT INTO interaction (id, client_id, occurred_at, channel, title) VALUES (3, 7, '2026-10-01T09:30', 'CALL', 'Budget')",
                "INSERT INTO interaction_contact (interaction_id, contact_id) VALUES (3, 4)",
                "INSERT INTO dated_event (id, client_id, contact_id, kind, on_day) VALUES (2, 7, 4, 'BIRTHDAY', '1980-03-14')",
                "INSERT INTO client_tag (client_id, tag) VALUES (7, 'retainer')");
        try (Journal journal = Journal.open(file)) {
            assertThat(journal.schemaVersion()).isEqualTo(Migrations.latestVersion());
            ContactRepository contacts = new ContactRepository(journal);
            assertThat(contacts.all()).extracting(Contact::name, Contact::clientId, Contact::role, Contact::contextCarrier)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Ann Lee", 7L, "CFO", true),
                            org.assertj.core.groups.Tuple.tuple("Šarūnas Žemaitis", 8L, "", false));
            ContactRoleRepository roles = new ContactRoleRepository(journal);
            assertThat(roles.forContact(4)).singleElement().satisfies(r -> {
                assertThat(r.clientId()).isEqualTo(7);
                assertThat(r.title()).isEqualTo("CFO");
                assertThat(r.from()).isNull();
                assertThat(r.to()).isNull();
            });
            assertThat(roles.forContact(5)).singleElement().extracting(ContactRole::clientId).isEqualTo(8L);
            assertThat(contacts.forClient(7, TODAY)).extracting(Contact::name).containsExactly("Ann Lee");
            assertThat(new InteractionRepository(journal).find(3)).get().satisfies(i -> assertThat(i.contactIds()).containsExactly(4L));
            assertThat(new DatedEventRepository(journal).forClient(7L)).hasSize(1);
            assertThat(new ClientTagRepository(journal).all()).containsEntry(7L, List.of("retainer"));
        }
    }

    @Test
    void deletingAClientKeepsAPersonWithARoleElsewhereAndTheirBirthday() throws Exception {
        try (Journal journal = Journal.open(dir.resolve("j.rapport"))) {
            ClientRepository clients = new ClientRepository(journal);
            long acme = clients.save(dev.rapport.model.Client.create("Acme")).id();
            long baltic = clients.save(dev.rapport.model.Client.create("Baltic")).id();
            ContactRepository contacts = new ContactRepository(journal);
            Contact ann = contacts.save(new Contact(0, acme, "Ann", "CFO", "", "", null, "", "", true));
            Contact bob = contacts.save(Contact.create(acme, "Bob"));
            ContactRoleRepository roles = new ContactRoleRepository(journal);
            roles.add(ContactRole.start(ann.id(), baltic, "Board member", LocalDate.of(2025, 1, 1)), TODAY);
            new DatedEventRepository(journal).save(new dev.rapport.model.DatedEvent(0, acme, ann.id(),
                    dev.rapport.model.DatedEvent.Kind.BIRTHDAY, LocalDate.of(1980, 3, 14), "", ""));

            clients.delete(acme);

            assertThat(contacts.find(bob.id())).isEmpty();
            assertThat(contacts.find(ann.id())).get().satisfies(a -> {
                assertThat(a.clientId()).isEqualTo(baltic);
                assertThat(a.role()).isEqualTo("Board member");
                assertThat(a.contextCarrier()).isFalse();
            });
            assertThat(roles.forContact(ann.id())).singleElement().extracting(ContactRole::clientId).isEqualTo(baltic);
            assertThat(new DatedEventRepository(journal).forClient(baltic)).singleElement()
                    .satisfies(e -> assertThat(e.contactId()).isEqualTo(ann.id()));
        }
    }

    @Test
    void endingTheHomeRoleAndStartingAnotherMovesTheHomeAndKeepsTheHistoryWhereItHappened() throws Exception {
        try (Journal journal = Journal.open(dir.resolve("j.rapport"))) {
            ClientRepository clients = new ClientRepository(journal);
            long acme = clients.save(dev.rapport.model.Client.create("Acme")).id();
            long baltic = clients.save(dev.rapport.model.Client.create("Baltic")).id();
            ContactRepository contacts = new ContactRepository(journal);
            Contact ann = contacts.save(new Contact(0, acme, "Ann", "CFO", "", "", null, "", "", false));
            ContactRoleRepository roles = new ContactRoleRepository(journal);
            ContactRole first = roles.forContact(ann.id()).get(0);

            roles.update(first.endedOn(LocalDate.of(2026, 10, 31)), TODAY);
            assertThat(contacts.find(ann.id())).get().extracting(Contact::clientId).isEqualTo(acme); // no current role: stays
            roles.add(ContactRole.start(ann.id(), baltic, "COO", LocalDate.of(2026, 11, 1)), TODAY);

            assertThat(contacts.find(ann.id())).get().satisfies(a -> {
                assertThat(a.clientId()).isEqualTo(baltic);
                assertThat(a.role()).isEqualTo("COO");
            });
            assertThat(contacts.forClient(acme, TODAY)).extracting(Contact::id).containsExactly(ann.id());
            assertThat(contacts.forClient(baltic, TODAY)).extracting(Contact::id).containsExactly(ann.id());
            assertThat(roles.forContact(ann.id())).extracting(ContactRole::clientId, ContactRole::to).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(acme, LocalDate.of(2026, 10, 31)),
                    org.assertj.core.groups.Tuple.tuple(baltic, null));
        }
    }
}
