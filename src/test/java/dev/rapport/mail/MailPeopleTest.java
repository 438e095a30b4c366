package dev.rapport.mail;

import dev.rapport.export.mail.MailFiles;
import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.MailIntake;
import dev.rapport.model.Contact;
import dev.rapport.model.ContactMerge;
import dev.rapport.model.Interaction;
import dev.rapport.model.MailMessage;
import dev.rapport.model.Request;
import dev.rapport.model.ValidationException;
import dev.rapport.store.MailRepository;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * People as mail knows them: every email a person has matches (case ignored), mail no one matches
 * waits to be assigned or ignored, mail dropped on a client's page offers its unknown sender as a
 * new person, and merging two people keeps their mail and their emails.
 */
class MailPeopleTest {
    @TempDir
    Path dir;

    private MailFixture f;
    private final List<String> refused = new ArrayList<>();

    @BeforeEach
    void open() {
        I18n.use(Language.ENGLISH);
        f = new MailFixture(dir);
    }

    @AfterEach
    void close() {
        f.session.close();
    }

    private MailMessage read(String name) {
        return MailFiles.read(MailFixture.source().resolve(name));
    }

    private MailIntake.Outcome take(String name, MailIntake.Context context) {
        List<MailIntake.Outcome> out = f.session.mail().take(List.of(read(name)), false, false,
                (m, e) -> refused.add(m.source() + ": " + e.getMessage()), context);
        assertThat(refused).isEmpty();
        return out.get(0);
    }

    @Test
    void aPersonIsMatchedByAnyOfTheirEmailsCaseIgnored() {
        Contact laura = f.session.contacts().save(new Contact(0, f.northwind.id(), "Laura Green", "", "laura.green@northwind.example",
                "", null, "", "", false));
        f.session.personMail().setOtherEmails(laura.id(), List.of("Laura@TalentFinders.EXAMPLE"));

        MailIntake.Outcome o = take("t13-01-unmatched.eml", null);

        assertThat(o.status()).isEqualTo(MailIntake.Status.IMPORTED);
        assertThat(o.fromClient()).isTrue();
        assertThat(o.clients()).containsExactly("Northwind Logistics");
        Interaction entry = f.session.interactions().forClient(f.northwind.id(), 10, 0).get(0).interaction();
        assertThat(entry.contactIds()).containsExactly(laura.id());
        assertThat(f.session.mail().unmatched()).isEmpty();
    }

    @Test
    void otherEmailsAreCheckedAndTheFirstOneAndRepeatsLeftOut() {
        assertThat(f.session.personMail().setOtherEmails(f.ilona.id(),
                List.of("ilona.kask@northwind.example", "ilona@home.example", "ILONA@home.example", " ")))
                .containsExactly("ilona@home.example");
        assertThatThrownBy(() -> f.session.personMail().setOtherEmails(f.ilona.id(), List.of("not an address")))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("otherEmails"));
        assertThat(f.session.personMail().otherEmails(f.ilona.id())).containsExactly("ilona@home.example");
    }

    @Test
    void unmatchedMailAssignedToAPersonIsImportedAsTheirsAndTheAddressBecomesTheirs() {
        assertThat(take("t13-01-unmatched.eml", null).status()).isEqualTo(MailIntake.Status.UNMATCHED);
        List<MailIntake.Waiting> waiting = f.session.mail().unmatched();
        assertThat(waiting).extracting(MailIntake.Waiting::sender).containsExactly("Laura Green <laura@talentfinders.example>");

        MailIntake.Outcome o = f.session.mail().assign(waiting.get(0).key(), f.mark.id());

        assertThat(o.status()).isEqualTo(MailIntake.Status.IMPORTED);
        assertThat(f.session.mail().unmatched()).isEmpty();
        assertThat(f.session.personMail().otherEmails(f.mark.id())).containsExactly("laura@talentfinders.example");
        Interaction entry = f.session.interactions().forClient(f.northwind.id(), 10, 0).get(0).interaction();
        assertThat(entry.contactIds()).containsExactly(f.mark.id());
        assertThat(entry.privateNotes()).contains("contract role"); // the text was kept while it waited
        assertThat(f.session.mail().proposals()).extracting(MailIntake.Proposal::questions)
                .containsExactly(List.of("Hi Dana, would you be open to a short call about a contract role?"));
        assertThatThrownBy(() -> f.session.mail().assign(waiting.get(0).key(), f.mark.id()))
                .hasMessage(I18n.t("mail.error.noUnmatched"));
    }

    @Test
    void ignoredMailIsRememberedAndNotListedWhenReadAgain() {
        take("t13-01-unmatched.eml", null);
        f.session.mail().ignore(f.session.mail().unmatched().get(0).key());
        assertThat(f.session.mail().unmatched()).isEmpty();

        assertThat(take("t13-01-unmatched.eml", null).status()).isEqualTo(MailIntake.Status.UNMATCHED);
        assertThat(f.session.mail().unmatched()).isEmpty();
        assertThat(f.session.interactions().forClient(f.northwind.id(), 10, 0)).isEmpty();
    }

    @Test
    void mailDroppedOnAClientsPageOffersItsUnknownSenderAsANewPersonThere() {
        MailIntake.Outcome o = take("t13-01-unmatched.eml", MailIntake.Context.client(f.brasov.id()));

        assertThat(o.status()).isEqualTo(MailIntake.Status.IMPORTED);
        assertThat(o.clients()).containsExactly("Brașov Tools SRL");
        assertThat(o.request()).isEqualTo(MailIntake.RequestState.PROPOSED);
        assertThat(o.offers()).extracting(MailIntake.Offer::email, MailIntake.Offer::clientId, MailIntake.Offer::contactId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("laura@talentfinders.example", f.brasov.id(), null));

        Contact laura = f.session.mail().takeOffer(o.offers().get(0));

        assertThat(laura.name()).isEqualTo("Laura Green");
        assertThat(laura.clientId()).isEqualTo(f.brasov.id());
        assertThat(laura.email()).isEqualTo("laura@talentfinders.example");
        Interaction entry = f.session.interactions().forClient(f.brasov.id(), 10, 0).get(0).interaction();
        assertThat(entry.contactIds()).containsExactly(laura.id());
        Request accepted = f.session.mail().accept(f.session.mail().proposals().get(0).key());
        assertThat(accepted.contactId()).isEqualTo(laura.id());
    }

    @Test
    void mailDroppedOnAPersonIsTheirsAndOffersTheAddressAsOneMoreOfTheirs() {
        MailIntake.Outcome o = take("t13-01-unmatched.eml", MailIntake.Context.person(f.ioana.clientId(), f.ioana.id()));

        assertThat(o.status()).isEqualTo(MailIntake.Status.IMPORTED);
        assertThat(f.session.interactions().forClient(f.brasov.id(), 10, 0).get(0).interaction().contactIds())
                .containsExactly(f.ioana.id());
        f.session.mail().takeOffer(o.offers().get(0));
        assertThat(f.session.personMail().otherEmails(f.ioana.id())).containsExactly("laura@talentfinders.example");
    }

    @Test
    void mergingTwoPeopleKeepsTheMergedPersonsMailAndEmailsWithTheKeptOne() {
        take("t01-01-request.eml", null);
        MailRepository mail = new MailRepository(f.session.journal());
        String key = "<t1-req@northwind.example>";
        assertThat(mail.find(key).orElseThrow().contactId()).isEqualTo(f.ilona.id());
        f.session.personMail().setOtherEmails(f.ilona.id(), List.of("ilona@home.example"));
        f.session.personMail().setLanguage(f.ilona.id(), java.util.Optional.of(Language.LITHUANIAN));
        Contact kept = f.session.contacts().save(new Contact(0, f.northwind.id(), "Ilona Kask", "", "", "", null, "", "", false));

        ContactMerge merge = f.session.duplicates().merge(kept, f.ilona.id());

        assertThat(mail.find(key).orElseThrow().contactId()).isEqualTo(kept.id());
        Contact after = f.session.contacts().find(kept.id()).orElseThrow();
        List<String> emails = new ArrayList<>(List.of(after.email()));
        emails.addAll(f.session.personMail().otherEmails(kept.id()));
        assertThat(emails).containsExactlyInAnyOrder("Ilona.Kask@northwind.example", "ilona@home.example");
        assertThat(f.session.personMail().language(kept.id())).contains(Language.LITHUANIAN);

        f.session.duplicates().undo(merge);

        assertThat(mail.find(key).orElseThrow().contactId()).isEqualTo(f.ilona.id());
        assertThat(f.session.personMail().otherEmails(f.ilona.id())).containsExactly("ilona@home.example");
        assertThat(f.session.personMail().language(f.ilona.id())).contains(Language.LITHUANIAN);
        assertThat(f.session.contacts().find(kept.id()).orElseThrow().email()).isEmpty();
        assertThat(f.session.personMail().otherEmails(kept.id())).isEmpty();
        assertThat(f.session.personMail().language(kept.id())).isEmpty();
    }
}
