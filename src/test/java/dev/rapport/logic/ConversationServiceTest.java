package dev.rapport.logic;

import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Interaction;
import dev.rapport.model.JournalFilter;
import dev.rapport.model.Problem;
import dev.rapport.model.Promise;
import dev.rapport.model.RaisedBy;
import dev.rapport.model.RapportException;
import dev.rapport.model.Request;
import dev.rapport.model.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An entry saved with the promises, requests and problems of its conversation: together, linked, or not at all. */
class ConversationServiceTest {
    private static final LocalDateTime CALL = LocalDateTime.of(2026, 11, 25, 10, 0);

    @TempDir
    Path dir;
    private JournalSession session;
    private Client acme;
    private Contact ann;

    @BeforeEach
    void open() {
        session = JournalSession.open(dir.resolve("j.rapport"), Clock.fixed(CALL.toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        acme = session.clients().save(Client.create("Acme"));
        ann = session.contacts().save(Contact.create(acme.id(), "Ann Lee"));
    }

    @AfterEach
    void close() {
        session.close();
    }

    private Interaction call() {
        return new Interaction(0, acme.id(), CALL, Channel.CALL, "Budget call", "", "", List.of(), null, List.of(ann.id()));
    }

    @Test
    void theItemsOfAConversationAreSavedWithItsEntryAndLinkedToIt() {
        ConversationService.Logged logged = session.conversations().save(call(),
                List.of(Promise.create(acme.id(), "Send the revised budget", CALL.toLocalDate(), LocalDate.of(2026, 12, 4))),
                List.of(Request.create(acme.id(), CALL.toInstant(ZoneOffset.UTC), List.of("Who leads the workshop?"))),
                List.of(Problem.create(acme.id(), RaisedBy.CLIENT, CALL.toLocalDate(), "The invoice was wrong")));

        long entry = logged.entry().id();
        assertThat(session.interactions().find(entry)).isPresent();
        assertThat(session.conversations().promises(entry)).singleElement().satisfies(p -> {
            assertThat(p.interactionId()).isEqualTo(entry);
            assertThat(p.due()).isEqualTo(LocalDate.of(2026, 12, 4));
        });
        assertThat(session.conversations().requests(entry)).extracting(Request::questions)
                .containsExactly(List.of("Who leads the workshop?"));
        assertThat(session.conversations().problems(entry)).extracting(Problem::description, Problem::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("The invoice was wrong", Severity.MEDIUM));
    }

    @Test
    void anItemTheStoreRefusesLeavesNothingOfTheConversation() {
        Client other = session.clients().save(Client.create("Other"));
        Contact stranger = session.contacts().save(Contact.create(other.id(), "Stranger"));
        Request fromAStranger = new Request(0, acme.id(), stranger.id(), Instant.parse("2026-11-25T10:00:00Z"), Channel.CALL, "",
                List.of("A question"), null, null, List.of(), false);

        assertThatThrownBy(() -> session.conversations().save(call(),
                List.of(Promise.create(acme.id(), "Send it", CALL.toLocalDate(), LocalDate.of(2026, 12, 4))),
                List.of(fromAStranger), List.of())).isInstanceOf(RapportException.class);

        assertThat(session.interactions().count(JournalFilter.ALL)).isZero();
        assertThat(session.ledger().promises(acme.id())).isEmpty();
        assertThat(session.ledger().requests(acme.id())).isEmpty();
    }

    @Test
    void deletingTheEntryKeepsItsItems() {
        ConversationService.Logged logged = session.conversations().save(call(), List.of(), List.of(),
                List.of(Problem.create(acme.id(), RaisedBy.CONSULTANT, CALL.toLocalDate(), "Late delivery")));
        session.interactions().delete(logged.entry().id());
        assertThat(session.ledger().problems(acme.id())).extracting(Problem::description).containsExactly("Late delivery");
        assertThat(session.conversations().problems(logged.entry().id())).isEmpty();
    }
}
