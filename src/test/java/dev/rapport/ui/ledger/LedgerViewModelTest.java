package dev.rapport.ui.ledger;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Problem;
import dev.rapport.model.ProblemStatus;
import dev.rapport.model.Promise;
import dev.rapport.model.PromiseResult;
import dev.rapport.model.RaisedBy;
import dev.rapport.model.Request;
import dev.rapport.ui.UiTestSupport;
import dev.rapport.ui.common.Background;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The promises, problems and requests lists' view-models without a window: a real journal, work on this thread. */
class LedgerViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;

    private JournalSession session;
    private Client acme;
    private Client beta;

    @BeforeEach
    void open() {
        session = UiTestSupport.journal(dir);
        acme = session.clients().save(Client.create("Acme"));
        beta = session.clients().save(Client.create("Beta"));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void promisesComeMostUrgentFirstWithTheLateOnesMarkedAndTheFigures() {
        Promise late = session.ledger().save(Promise.create(acme.id(), "Send the draft", TODAY.minusDays(30), TODAY.minusDays(3)));
        Promise soon = session.ledger().save(Promise.create(beta.id(), "Call back", TODAY.minusDays(1), TODAY.plusDays(5)));
        PromisesViewModel model = new PromisesViewModel(session, Background.direct());
        model.reload();

        assertThat(model.rows()).extracting(Promise::what).containsExactly("Send the draft", "Call back");
        assertThat(model.isOverdue(model.rows().get(0))).isTrue();
        assertThat(model.isOverdue(model.rows().get(1))).isFalse();
        assertThat(model.figureProperty("overdue").get()).isEqualTo("1");
        assertThat(model.figureProperty("open").get()).isEqualTo("2");
        assertThat(model.clientName(late.clientId())).isEqualTo("Acme");
        assertThat(model.today()).isEqualTo(TODAY);

        model.filters().clientProperty().set(model.filters().clients().stream().filter(c -> c.id() == beta.id()).findFirst().orElseThrow());
        assertThat(model.rows()).extracting(Promise::id).containsExactly(soon.id());
        assertThat(model.figureProperty("open").get()).isEqualTo("1");
        model.stateProperty().set(PromiseResult.KEPT_ON_TIME);
        assertThat(model.rows()).isEmpty();
        assertThat(model.countProperty().get()).startsWith("0");

        model.filters().clear();
        assertThat(model.rows()).hasSize(2);
        assertThat(model.filters().clientId()).isNull();
    }

    @Test
    void problemsNarrowByStatusAndPeriod() {
        session.ledger().save(Problem.create(acme.id(), RaisedBy.CLIENT, TODAY.minusDays(20), "Invoice sent twice"));
        session.ledger().save(Problem.create(acme.id(), RaisedBy.CONSULTANT, TODAY.minusDays(2), "Late report"));
        ProblemsViewModel model = new ProblemsViewModel(session, Background.direct());
        model.reload();
        assertThat(model.rows()).hasSize(2);
        assertThat(model.figureProperty("open").get()).isEqualTo("2");

        model.filters().fromProperty().set(TODAY.minusDays(5));
        assertThat(model.rows()).extracting(Problem::description).containsExactly("Late report");
        model.stateProperty().set(ProblemStatus.RESOLVED);
        assertThat(model.rows()).isEmpty();
    }

    @Test
    void requestsAreReadInTheWorkingHoursZoneAndFollowTheChangeNotice() {
        RequestsViewModel model = new RequestsViewModel(session, Background.direct());
        model.reload();
        assertThat(model.rows()).isEmpty();
        assertThat(model.zone()).isEqualTo(session.ledger().workingHours().zone());

        model.follower().start();
        session.ledger().save(Request.create(acme.id(), TODAY.atTime(8, 0).toInstant(ZoneOffset.UTC), List.of("Where is the draft?")));
        assertThat(model.rows()).singleElement().satisfies(r -> assertThat(r.clientId()).isEqualTo(acme.id()));
        assertThat(model.figureProperty("unanswered").get()).isEqualTo("1");
        model.stateProperty().set(RequestsView.Stage.ANSWERED);
        assertThat(model.rows()).isEmpty();
        model.follower().stop();
        assertThat(session.changes().listenerCount()).isZero();
    }
}
