package dev.rapport.logic;

import dev.rapport.model.BulkChange;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.ClientFilter;
import dev.rapport.model.ClientOverview;
import dev.rapport.model.ClientStatus;
import dev.rapport.model.Interaction;
import dev.rapport.model.Rhythm;
import dev.rapport.model.RhythmState;
import dev.rapport.model.ValidationException;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientListServiceTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("UTC"));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;
    JournalSession session;
    ClientListService list;
    Client fresh;
    Client amber;
    Client red;
    Client never;

    @BeforeEach
    void open() {
        session = JournalSession.open(dir.resolve("j.rapport"), CLOCK);
        list = session.clientList();
        fresh = client("Fresh", 2);
        amber = client("Amber", 20);
        red = client("Red Co", 40);
        never = session.clients().save(Client.create("Never"));
    }

    @AfterEach
    void close() {
        session.close();
    }

    Client client(String name, int daysAgo) {
        Client c = session.clients().save(new Client(0, name, ClientStatus.ACTIVE, false, "", "", new Rhythm(14, 30)));
        session.interactions().save(new Interaction(0, c.id(), TODAY.minusDays(daysAgo).atTime(9, 0), Channel.CALL, "Call", "", "",
                List.of(), null, List.of()));
        return c;
    }

    List<String> names(ClientFilter f) {
        return list.filter(session.clients().overviews(false), f).stream().map(o -> o.client().name()).sorted().toList();
    }

    @Test
    void filtersByTagRhythmStatusAndLastContact() {
        list.setTags(fresh.id(), "Retainer, #priority");
        list.setTags(red.id(), "retainer");
        assertThat(list.tags()).isEqualTo(Map.of(fresh.id(), List.of("priority", "retainer"), red.id(), List.of("retainer")));
        assertThat(list.allTags()).containsExactly("priority", "retainer");
        assertThat(names(new ClientFilter("", null, "RETAINER", null, null, null))).containsExactly("Fresh", "Red Co");
        assertThat(names(new ClientFilter("", null, null, RhythmState.AMBER, null, null))).containsExactly("Amber");
        // last contact on or before 5 November: 20 days ago (Nov 5) yes, 40 days ago yes, never contacted yes
        assertThat(names(new ClientFilter("", null, null, null, LocalDate.of(2026, 11, 5), null))).containsExactly("Amber", "Never", "Red Co");
        assertThat(names(new ClientFilter("", null, null, null, null, LocalDate.of(2026, 11, 5)))).containsExactly("Amber", "Fresh");
        assertThat(names(new ClientFilter("co", null, "retainer", null, null, null))).containsExactly("Red Co");
        assertThatThrownBy(() -> new ClientFilter("", null, null, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void bulkChangesApplyToAllChosenClientsAndUndoPutsThemBack() {
        list.setTags(fresh.id(), "retainer");
        List<Long> chosen = List.of(fresh.id(), amber.id());
        BulkChange status = list.apply(BulkChange.Kind.SET_STATUS, "paused", chosen);
        BulkChange tag = list.apply(BulkChange.Kind.ADD_TAG, "#Q1-Review", chosen);
        BulkChange archive = list.apply(BulkChange.Kind.ARCHIVE, null, chosen);
        assertThat(session.clients().get(fresh.id()).status()).isEqualTo(ClientStatus.PAUSED);
        assertThat(session.clients().get(amber.id()).archived()).isTrue();
        assertThat(list.tags().get(amber.id())).containsExactly("q1-review");
        assertThat(session.clients().overviews(false)).extracting(o -> o.client().name()).containsExactlyInAnyOrder("Red Co", "Never");

        list.undo(archive);
        list.undo(tag);
        list.undo(status);
        assertThat(session.clients().get(fresh.id()).status()).isEqualTo(ClientStatus.ACTIVE);
        assertThat(session.clients().get(amber.id()).archived()).isFalse();
        assertThat(list.tags()).isEqualTo(Map.of(fresh.id(), List.of("retainer")));
        assertThatThrownBy(() -> list.apply(BulkChange.Kind.ADD_TAG, "two words", chosen)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> list.apply(BulkChange.Kind.SET_STATUS, "gone", chosen)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> list.apply(BulkChange.Kind.ARCHIVE, null, List.of(fresh.id(), 999L)))
                .isInstanceOf(ValidationException.class);
        assertThat(session.clients().get(fresh.id()).archived()).isFalse();
    }

    @Test
    void savedViewsKeepTheirFilterAndReplaceByName() {
        ClientFilter f = new ClientFilter("a", ClientStatus.ACTIVE, "retainer", RhythmState.RED, LocalDate.of(2026, 11, 1), null);
        list.saveView("Retainers gone quiet", f);
        list.saveView("Everyone", ClientFilter.ALL);
        list.saveView("retainers gone QUIET", ClientFilter.ALL);
        assertThat(list.views()).extracting(ClientListService.SavedView::name).containsExactly("Everyone", "retainers gone QUIET");
        list.saveView("Red", f);
        assertThat(list.views().get(2).filter()).isEqualTo(f);
        list.deleteView("everyone");
        assertThat(list.views()).hasSize(2);
        assertThatThrownBy(() -> list.saveView("  ", f)).isInstanceOf(ValidationException.class);
    }

    @Test
    void overviewIsUnchangedByTags() {
        ClientOverview before = session.clients().overview(fresh.id()).orElseThrow();
        list.setTags(fresh.id(), "x");
        assertThat(session.clients().overview(fresh.id())).contains(before);
    }
}
