package dev.rapport.logic;

import dev.rapport.i18n.KeyPattern;
import dev.rapport.model.Client;
import dev.rapport.model.RapportException;
import dev.rapport.model.ValidationException;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientServiceTest {
    @TempDir
    Path dir;

    private JournalSession session;

    @BeforeEach
    void open() {
        session = JournalSession.open(dir.resolve("j.rapport"));
        session.clients().save(Client.create("Baltic Freight Lines"));
        session.clients().save(Client.create("Brașov Mountain Resorts"));
        session.clients().save(Client.create("Kyivska Pekarnia"));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void namesMatchIgnoringCaseAndAccents() {
        assertThat(session.clients().byName("brasov mountain resorts").name()).isEqualTo("Brașov Mountain Resorts");
        assertThat(session.clients().byName("KYIVSKA").name()).isEqualTo("Kyivska Pekarnia");
    }

    @Test
    void anAmbiguousNameListsTheCandidates() {
        assertThatThrownBy(() -> session.clients().byName("b"))
                .isInstanceOf(RapportException.class)
                .satisfies(e -> assertThat(e.getMessage()).matches(KeyPattern.of("clients.byName.several", "b", KeyPattern.ANY)))
                .hasMessageContaining("Baltic Freight Lines")
                .hasMessageContaining("Brașov Mountain Resorts");
    }

    @Test
    void anUnknownNameListsTheClients() {
        assertThatThrownBy(() -> session.clients().byName("Nobody"))
                .satisfies(e -> assertThat(e.getMessage()).matches(KeyPattern.of("clients.byName.none", "Nobody", KeyPattern.ANY)))
                .hasMessageContaining("Kyivska Pekarnia");
    }

    @Test
    void aDuplicateNameDifferingOnlyInAccentsIsRefused() {
        assertThatThrownBy(() -> session.clients().save(Client.create("Brasov Mountain Resorts")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void archivingCanBeUndone() {
        Client c = session.clients().byName("Baltic");
        session.clients().archive(c.id(), true);
        assertThat(session.clients().overviews(false)).hasSize(2);
        session.clients().archive(c.id(), false);
        assertThat(session.clients().overviews(false)).hasSize(3);
    }
}
