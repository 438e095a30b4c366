package dev.rapport.logic;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Interaction;
import dev.rapport.model.Promise;
import dev.rapport.model.QuickLogDraft;
import dev.rapport.model.QuickLogDraft.Clause;
import dev.rapport.model.QuickLogDraft.Kind;
import dev.rapport.model.QuickLogSaved;
import dev.rapport.model.ValidationException;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Saving a quick-log line: the entry and what was said in it, in one transaction, the promises linked to the entry. */
class QuickLogSaveTest {
    private static final Clock MONDAY = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private JournalSession session;
    private Client nordlys;
    private Contact ilona;
    private Contact elsewhere;

    @BeforeEach
    void journal() {
        I18n.use(Language.ENGLISH);
        session = JournalSession.open(dir.resolve("j.rapport"), MONDAY);
        nordlys = session.clients().save(Client.create("Nordlys Energi"));
        ilona = session.contacts().save(Contact.create(nordlys.id(), "Ilona Kask"));
        Client other = session.clients().save(Client.create("Baltic Freight"));
        elsewhere = session.contacts().save(Contact.create(other.id(), "Jonas Petraitis"));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void savesTheEntryWithItsPromiseRequestAndProblemLinkedToIt() {
        QuickLogSaved saved = QuickLog.of(session)
                .save("nor call: sent the draft; promise: revised budget by fri @ilona; request: price list; problem: late invoice");

        List<dev.rapport.model.JournalEntry> entries = session.interactions().forClient(nordlys.id(), 10, 0);
        assertThat(entries).hasSize(1);
        Interaction entry = session.interactions().find(saved.entry().id()).orElseThrow();
        assertThat(entry.title()).isEqualTo("sent the draft");
        assertThat(entry.channel()).isEqualTo(Channel.CALL);
        assertThat(entry.occurredAt()).isEqualTo(LocalDateTime.of(2026, 12, 7, 10, 0));
        assertThat(entry.contactIds()).containsExactly(ilona.id());

        List<Promise> promises = session.ledger().promises(nordlys.id());
        assertThat(promises).singleElement().satisfies(p -> {
            assertThat(p.what()).isEqualTo("revised budget");
            assertThat(p.due()).isEqualTo(LocalDate.of(2026, 12, 11));
            assertThat(p.madeOn()).isEqualTo(LocalDate.of(2026, 12, 7));
            assertThat(p.interactionId()).isEqualTo(entry.id());
            assertThat(p.contactId()).isEqualTo(ilona.id());
        });
        assertThat(session.ledger().requests(nordlys.id())).singleElement()
                .satisfies(r -> assertThat(r.title()).isEqualTo("price list"));
        assertThat(session.ledger().problems(nordlys.id())).singleElement()
                .satisfies(p -> assertThat(p.description()).isEqualTo("late invoice"));
        assertThat(session.conversations().requests(entry.id())).extracting(r -> r.title()).containsExactly("price list");
        assertThat(session.conversations().problems(entry.id())).extracting(p -> p.description()).containsExactly("late invoice");
    }

    @Test
    void aClauseTheStoreRefusesLeavesNoEntryBehind() {
        // a promise to someone at another client passes the parser only when built by hand; the store refuses it
        QuickLogDraft draft = new QuickLogDraft("by hand", nordlys, Channel.CALL, List.of(), "sent the draft",
                List.of(new Clause(Kind.REQUEST, "price list", null, null),
                        new Clause(Kind.PROMISE, "revised budget", LocalDate.of(2026, 12, 11), elsewhere)), List.of());

        assertThatThrownBy(() -> QuickLog.of(session).save(draft)).isInstanceOf(ValidationException.class);

        assertThat(session.interactions().forClient(nordlys.id(), 10, 0)).isEmpty();
        assertThat(session.ledger().requests(nordlys.id())).isEmpty();
        assertThat(session.ledger().promises(nordlys.id())).isEmpty();
    }

    @Test
    void aLineWithAWrongPartSavesNothingAndNamesThePart() {
        assertThatThrownBy(() -> QuickLog.of(session).save("nor call: sent the draft; promise: revised budget by someday"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("promise");
                    assertThat(e.getMessage()).startsWith(I18n.t("quickLog.part.promise")).contains("someday");
                });
        assertThat(session.interactions().forClient(nordlys.id(), 10, 0)).isEmpty();
        assertThat(session.ledger().promises(nordlys.id())).isEmpty();
    }
}
