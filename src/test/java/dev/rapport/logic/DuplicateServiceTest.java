package dev.rapport.logic;

import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.ContactMerge;
import dev.rapport.model.DuplicatePair;
import dev.rapport.model.Interaction;
import dev.rapport.model.Phrasing;
import dev.rapport.model.Promise;
import dev.rapport.model.Request;
import dev.rapport.model.SurveyAnswer;
import dev.rapport.model.SurveyMethod;
import dev.rapport.model.SurveyScale;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DuplicateServiceTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("UTC"));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;
    JournalSession session;
    Client acme;
    Client other;

    @BeforeEach
    void open() {
        session = JournalSession.open(dir.resolve("j.rapport"), CLOCK);
        acme = session.clients().save(Client.create("Acme"));
        other = session.clients().save(Client.create("Other"));
    }

    @AfterEach
    void close() {
        session.close();
    }

    Contact contact(Client c, String name, String email, String phone) {
        return session.contacts().save(new Contact(0, c.id(), name, "", email, phone, null, "", "", false));
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "Šarūnas Žemaitis | sarunas zemaitis | true",
            "Žemaitis Šarūnas | Šarūnas Žemaitis | true",
            "Ioana Popescu | Ioana Popesku | true",
            "Ioana Popescu | Joanna Popescu | true",
            "Ioana Popescu | Ioana Ionescu | true",
            "Ioana Popescu | Ioana Constantinescu | false",
            "Ann Li | Anne Li | false",
            "Ann | Ann. | true",
            "Олена Коваленко | ОЛЕНА КОВАЛЕНКО | true",
            "Margaret Hughes | Margret Hughs | true",
            "Tom Bradley | Tim Brady | false"})
    void similarNamesAreFoldedOrAtMostTwoEditsApartFromSixLetters(String a, String b, boolean similar) {
        assertThat(Duplicates.similar(Duplicates.fold(a), Duplicates.fold(b))).isEqualTo(similar);
    }

    @Test
    void findsPairsBySameEmailPhoneDigitsOrSimilarNameAtTheSameClient() {
        Contact ann = contact(acme, "Ann Lee", "Ann@Acme.com", "+370 612 34567");
        Contact ann2 = contact(acme, "Anne Lee", "ann@acme.com", "");
        Contact bob = contact(acme, "Bob Stone", "", "00370 61234567");
        contact(other, "Ann Lee", "", "");
        contact(acme, "Cy", "", "123");
        contact(other, "Cy", "", "123");

        List<DuplicatePair> pairs = session.duplicates().find();
        assertThat(pairs).extracting(p -> p.first().name() + " ~ " + p.second().name() + ": " + p.reasonText()).containsExactly(
                "Ann Lee ~ Anne Lee: same email, similar name at the same client",
                "Ann Lee ~ Bob Stone: same phone");
        assertThat(pairs.get(0).first().id()).isEqualTo(ann.id());
        assertThat(pairs.get(0).second().id()).isEqualTo(ann2.id());
        assertThat(pairs.get(1).second().id()).isEqualTo(bob.id());
    }

    @Test
    void mergeMovesEverythingToTheSurvivorInOneStepAndUndoBringsItAllBack() {
        Contact ann = contact(acme, "Ann Lee", "ann@acme.com", "");
        Contact dup = session.contacts().save(new Contact(0, acme.id(), "Anne Lee", "CFO", "ann@acme.com", "+370 600 00000",
                Channel.CALL, "Europe/Vilnius", "Prefers mornings", true));
        Interaction both = session.interactions().save(new Interaction(0, acme.id(), TODAY.atTime(9, 0), Channel.CALL, "Both",
                "", "", List.of(), null, List.of(ann.id(), dup.id())));
        Interaction onlyDup = session.interactions().save(new Interaction(0, acme.id(), TODAY.atTime(10, 0), Channel.CALL, "Dup",
                "", "", List.of(), null, List.of(dup.id())));
        Promise p = session.ledger().save(withContact(Promise.create(acme.id(), "Send the plan", TODAY, TODAY.plusDays(3)), dup.id()));
        Request r = session.ledger().save(withContact(Request.create(acme.id(), CLOCK.instant(), List.of("When?")), dup.id()));
        SurveyAnswer a = session.health().saveAnswer(new SurveyAnswer(0, null, "Recommend?", acme.id(), dup.id(), null, TODAY,
                SurveyScale.RECOMMEND_0_10, 9, SurveyMethod.ORAL, Phrasing.POSITIVE, ""));

        var birthday = session.dates().save(new dev.rapport.model.DatedEvent(0, acme.id(), dup.id(),
                dev.rapport.model.DatedEvent.Kind.BIRTHDAY, LocalDate.of(1980, 5, 1), "", ""));
        Contact chosen = new Contact(ann.id(), acme.id(), "Ann Lee", "CFO", "ann@acme.com", "+370 600 00000", Channel.CALL,
                "Europe/Vilnius", "Prefers mornings", true);
        ContactMerge merge = session.duplicates().merge(chosen, dup.id());

        assertThat(merge.movedText()).isEqualTo("2 journal entries, 1 promise, 1 request, 1 survey answer");
        assertThat(session.contacts().find(dup.id())).isEmpty();
        assertThat(session.contacts().find(ann.id())).contains(chosen);
        assertThat(session.interactions().find(both.id()).orElseThrow().contactIds()).containsExactly(ann.id());
        assertThat(session.interactions().find(onlyDup.id()).orElseThrow().contactIds()).containsExactly(ann.id());
        assertThat(session.ledger().promise(p.id()).contactId()).isEqualTo(ann.id());
        assertThat(session.ledger().request(r.id()).contactId()).isEqualTo(ann.id());
        assertThat(session.health().answers(acme.id(), null)).singleElement().extracting(SurveyAnswer::contactId).isEqualTo(ann.id());
        assertThat(session.duplicates().find()).isEmpty();
        assertThat(session.dates().forClient(acme.id())).singleElement().extracting(e -> e.contactId()).isEqualTo(ann.id());

        session.duplicates().undo(merge);
        assertThat(session.contacts().find(dup.id())).contains(dup);
        assertThat(session.contacts().find(ann.id())).contains(ann);
        assertThat(session.interactions().find(both.id()).orElseThrow().contactIds()).containsExactlyInAnyOrder(ann.id(), dup.id());
        assertThat(session.interactions().find(onlyDup.id()).orElseThrow().contactIds()).containsExactly(dup.id());
        assertThat(session.ledger().promise(p.id()).contactId()).isEqualTo(dup.id());
        assertThat(session.ledger().request(r.id()).contactId()).isEqualTo(dup.id());
        assertThat(session.health().answers(acme.id(), null).get(0).contactId()).isEqualTo(a.contactId());
        assertThat(session.dates().forClient(acme.id())).containsExactly(birthday);
        assertThatThrownBy(() -> session.duplicates().undo(merge)).isInstanceOf(ValidationException.class);
    }

    @Test
    void aContactCannotBeMergedIntoItself() {
        Contact ann = contact(acme, "Ann Lee", "", "");
        assertThatThrownBy(() -> session.duplicates().merge(ann, ann.id())).isInstanceOf(ValidationException.class);
    }

    private static Promise withContact(Promise p, long contactId) {
        return new Promise(p.id(), p.clientId(), contactId, p.interactionId(), p.what(), p.madeOn(), p.due(), p.understoodOn(),
                p.outcome(), p.decidedOn(), p.exceeded(), p.otherDimension(), p.reportedOn(), p.reportNote(), p.history());
    }

    private static Request withContact(Request r, long contactId) {
        return new Request(r.id(), r.clientId(), contactId, r.receivedAt(), r.channel(), r.subject(), r.questions(),
                r.acknowledgedAt(), r.answeredAt(), r.answers(), r.askedAnythingElse());
    }
}
