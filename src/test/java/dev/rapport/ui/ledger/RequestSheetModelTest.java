package dev.rapport.ui.ledger;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.logic.ReplyTemplates;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Request;
import dev.rapport.model.ResponseTargets;
import dev.rapport.ui.UiTestSupport;
import dev.rapport.ui.common.Background;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The request sheet's journal work without a window: a real journal, work on this thread. */
class RequestSheetModelTest {
    private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");

    @TempDir
    Path dir;

    private JournalSession session;
    private RequestSheetModel model;
    private Client acme;
    private final List<Throwable> failures = new ArrayList<>();
    private final List<String> shown = new ArrayList<>();

    @BeforeEach
    void open() {
        session = UiTestSupport.journal(dir);
        acme = session.clients().save(Client.create("Acme"));
        session.ledger().saveTargets(acme.id(), new ResponseTargets(3, 30, true));
        model = new RequestSheetModel(session, Background.direct(), failures::add);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void theChosenClientsTargetsAreSaidInWords() {
        model.targets(acme.id(), shown::add);
        assertThat(shown).containsExactly(I18n.t("ledger.request.targetsRoundTheClock", 3, 30));
        assertThat(failures).isEmpty();
    }

    @Test
    void noClientChosenSaysNoTargets() {
        model.targets(null, shown::add);
        assertThat(shown).containsExactly("");
    }

    @Test
    void theAcknowledgementGivesTheAnswerByTimeInTheWritersZone() {
        session.ledger().saveTemplate(ReplyTemplates.ACKNOWLEDGE_KEY, "Dear {name}, by {answerBy}:\n{questions}");
        Instant received = UiTestSupport.CLOCK.instant();
        Request request = Request.create(acme.id(), received, List.of("Price?", "Start date?"));
        Contact ana = contact("Ana Pop", BUCHAREST.getId());

        model.acknowledgement(request, ana, ZoneId.of("UTC"), shown::add);

        // round the clock: 30 hours after it came, told in Ana's zone rather than the consultant's
        String expected = ReplyTemplates.acknowledgement("Dear {name}, by {answerBy}:\n{questions}", "Ana Pop",
                received.plus(Duration.ofHours(30)).atZone(BUCHAREST), List.of("Price?", "Start date?"));
        assertThat(shown).containsExactly(expected);
        assertThat(expected).startsWith("Dear Ana, by ").contains("1. Price?", "2. Start date?");
    }

    @Test
    void theAnswerListsEachQuestionWithItsAnswer() {
        session.ledger().saveTemplate(ReplyTemplates.ANSWER_KEY, "Hello {name},\n{answers}");
        Request request = new Request(0, acme.id(), null, UiTestSupport.CLOCK.instant(), dev.rapport.model.Channel.EMAIL, "",
                List.of("Price?", "Start date?"), null, null, List.of("100 EUR", ""), false);

        model.answer(request, contact("Ion Rusu", ""), shown::add);

        assertThat(shown).hasSize(1);
        assertThat(shown.get(0)).startsWith("Hello Ion,\n1. Price?\n   100 EUR\n\n2. Start date?\n   …");
    }

    @Test
    void aWriterWithoutAZoneIsToldInTheConsultants() {
        ZoneId consultant = ZoneId.of("Asia/Tokyo");
        assertThat(RequestSheetModel.theirZone(null, consultant)).isEqualTo(consultant);
        assertThat(RequestSheetModel.theirZone(contact("Ana", ""), consultant)).isEqualTo(consultant);
        assertThat(RequestSheetModel.theirZone(contact("Ana", BUCHAREST.getId()), consultant)).isEqualTo(BUCHAREST);
    }

    private Contact contact(String name, String zone) {
        Contact c = Contact.create(acme.id(), name);
        return new Contact(c.id(), c.clientId(), c.name(), c.role(), c.email(), c.phone(), c.preferredChannel(), zone, c.notes(),
                c.contextCarrier());
    }
}
