package dev.rapport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.ClientAsk;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code rapport asks}: the asks of a client listed, added, marked done and open again from the
 * terminal, under the review sheet's rules (a text required, a due date a date, naming the field).
 */
class AsksCommandTest {
    @TempDir
    Path dir;
    Path file;
    String out;
    String err;
    long clientId;

    @BeforeEach
    void journal() {
        file = dir.resolve("j.rapport");
        try (JournalSession session = JournalSession.open(file)) {
            Client c = session.clients().save(Client.create("Baltic Freight"));
            clientId = c.id();
            session.clients().save(Client.create("Nordlys Energi"));
            session.clientReviews().saveAsk(ClientAsk.of(c.id(), "Approve the Kaunas depot plan", LocalDate.of(2026, 12, 4)));
        }
    }

    int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        String[] all = new String[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--journal=" + file;
        int code = RapportCommand.run(all, (j, d) -> { }, new PrintWriter(o), new PrintWriter(e));
        out = o.toString();
        err = e.toString();
        return code;
    }

    private List<ClientAsk> stored() {
        try (JournalSession session = JournalSession.openReadOnly(file)) {
            return session.clientReviews().asks(clientId);
        }
    }

    @Test
    void listsTheClientsAsksOneALine() {
        assertThat(run("asks", "--client", "baltic freight")).isEqualTo(0);
        ClientAsk ask = stored().get(0);
        assertThat(out.lines().toList()).containsExactly(ask.id() + "\t2026-12-04\t\tApprove the Kaunas depot plan");
    }

    @Test
    void listsAsJson() throws Exception {
        assertThat(run("asks", "--client", "Baltic Freight", "--json")).isEqualTo(0);
        JsonNode doc = new ObjectMapper().readTree(out);
        assertThat(doc.get("client").asText()).isEqualTo("Baltic Freight");
        assertThat(doc.get("asks")).hasSize(1);
        assertThat(doc.get("asks").get(0).get("text").asText()).isEqualTo("Approve the Kaunas depot plan");
        assertThat(doc.get("asks").get(0).get("due").asText()).isEqualTo("2026-12-04");
        assertThat(doc.get("asks").get(0).get("done").asBoolean()).isFalse();
    }

    @Test
    void aClientWithoutAsksIsSaidSo() {
        assertThat(run("asks", "--client", "nordlys energi")).isEqualTo(0);
        assertThat(out).isEmpty();
        assertThat(err).contains(I18n.t("review.cli.noAsks", "Nordlys Energi"));
    }

    @Test
    void listingWithoutAClientAsksForOne() {
        assertThat(run("asks")).isEqualTo(1);
        assertThat(err).contains(I18n.t("review.cli.asksNeedClient"));
    }

    @Test
    void addsAnAskWithItsDueDate() {
        assertThat(run("asks", "add", "--client", "baltic freight", "--text", "Sign the change order", "--due", "2027-01-15")).isEqualTo(0);
        ClientAsk added = stored().stream().filter(a -> a.what().equals("Sign the change order")).findFirst().orElseThrow();
        assertThat(added.due()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(added.open()).isTrue();
        assertThat(out.strip()).isEqualTo(AsksCommand.line(added));
        assertThat(err).contains(I18n.t("review.cli.askAdded", Long.toString(added.id()), "Baltic Freight"));
    }

    @Test
    void anAskWithoutADueDateIsDueInTwoWeeksAsTheSheetOffers() {
        assertThat(run("asks", "add", "--client", "baltic freight", "--text", "Name a tester")).isEqualTo(0);
        ClientAsk added = stored().stream().filter(a -> a.what().equals("Name a tester")).findFirst().orElseThrow();
        assertThat(added.due()).isEqualTo(LocalDate.now().plusDays(AsksCommand.DEFAULT_DAYS));
    }

    @Test
    void anEmptyTextIsRefusedNamingTheFieldAndNothingIsStored() {
        assertThat(run("asks", "add", "--client", "baltic freight", "--text", "   ")).isEqualTo(1);
        assertThat(err).contains(I18n.t("validation.required", I18n.t("validation.label.ask")));
        assertThat(stored()).hasSize(1);
    }

    @Test
    void aBadDateIsRefusedNamingTheOption() {
        assertThat(run("asks", "add", "--client", "baltic freight", "--text", "Sign", "--due", "2027-02-30")).isNotEqualTo(0);
        assertThat(err).contains("--due").contains("2027-02-30");
        assertThat(stored()).hasSize(1);
    }

    @Test
    void marksAnAskDoneAndOpenAgain() throws Exception {
        long id = stored().get(0).id();
        assertThat(run("asks", "done", Long.toString(id))).isEqualTo(0);
        assertThat(stored().get(0).doneOn()).isEqualTo(LocalDate.now());
        assertThat(err).contains(I18n.t("review.cli.askDone", Long.toString(id)));
        assertThat(run("asks", "undone", Long.toString(id), "--json")).isEqualTo(0);
        assertThat(new ObjectMapper().readTree(out).get("done").asBoolean()).isFalse();
        assertThat(stored().get(0).open()).isTrue();
    }

    @Test
    void anUnknownAskIsNamed() {
        assertThat(run("asks", "done", "999")).isEqualTo(1);
        assertThat(err).contains(I18n.t("validation.ask.none", "999"));
    }
}
