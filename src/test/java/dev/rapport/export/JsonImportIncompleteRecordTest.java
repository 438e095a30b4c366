package dev.rapport.export;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.Interaction;
import dev.rapport.model.RapportException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A record the JSON import cannot read whole (no fields at all, or without a field its table
 * requires) is refused by the check pass, naming the table and the record's place, before
 * anything is stored: the journal's full export is the same afterwards.
 */
class JsonImportIncompleteRecordTest {
    @TempDir
    Path dir;

    private JournalSession journal;
    private byte[] before;

    @BeforeEach
    void aJournalWithAClientAndAnEntry() {
        journal = JournalSession.open(dir.resolve("x.rapport"), JsonExportTest.CLOCK);
        Client acme = journal.clients().save(Client.create("Acme"));
        journal.interactions().save(new Interaction(0, acme.id(), LocalDateTime.of(2026, 11, 1, 9, 0), Channel.CALL, "Kick-off",
                "", "", List.of(), null, List.of()));
        before = JsonExportTest.export(journal);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    private static String document(String tables) {
        return "{\"format\": \"rapport-journal\", \"version\": 1, \"schema\": 3, \"tables\": {\n" + tables + "}}";
    }

    /** Every column of response_target has a default and its key is the row id: {} used to store a row of defaults. */
    @Test
    void anEmptyRecordInATableWhoseColumnsAllHaveDefaultsIsRefused() {
        String doc = document("""
                  "client": [{"id": 1, "name": "Acme"}],
                  "response_target": [
                    {"client_id": 1, "answer_hours": 8},
                    {}
                  ]""");
        assertThatThrownBy(() -> new DataExchange(journal.data()).readJson(JsonExportTest.in(doc)))
                .isInstanceOf(RapportException.class)
                .hasMessage("Line 5, response_target record 2: no fields (an empty record).");
        assertThat(JsonExportTest.export(journal)).isEqualTo(before);
    }

    @Test
    void anEmptyRecordIsRefusedWhenTheFileIsReadForStreamingToo() throws Exception {
        Path file = dir.resolve("empty-record.json");
        Files.writeString(file, document("""
                  "client": [{"id": 1, "name": "Acme"}],
                  "follow_up": [{}]"""), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new DataExchange(journal.data()).readJson(file))
                .isInstanceOf(RapportException.class)
                .hasMessage("Line 3, follow_up record 1: no fields (an empty record).");
        assertThat(JsonExportTest.export(journal)).isEqualTo(before);
    }

    /** The empty record is named as such, not by the first field it lacks. */
    @Test
    void anEmptyRecordInATableWithRequiredFieldsIsNamedAsEmpty() {
        String doc = document("""
                  "client": [{}]""");
        assertThatThrownBy(() -> new DataExchange(journal.data()).readJson(JsonExportTest.in(doc)))
                .hasMessage("Line 2, client record 1: no fields (an empty record).");
        assertThat(JsonExportTest.export(journal)).isEqualTo(before);
    }

    /** A link table's key columns are required: {} and a half key used to get through the check and fail only while storing. */
    @Test
    void aLinkRecordWithoutPartOfItsKeyIsRefusedByTheCheck() {
        String empty = document("""
                  "interaction_contact": [{}]""");
        assertThatThrownBy(() -> new DataExchange(journal.data()).readJson(JsonExportTest.in(empty)))
                .hasMessage(I18n.t("data.json.emptyRecord", "2", "interaction_contact", "1"));

        String halfKey = document("""
                  "interaction_contact": [
                    {"interaction_id": 1}]""");
        assertThatThrownBy(() -> new DataExchange(journal.data()).readJson(JsonExportTest.in(halfKey)))
                .hasMessage(I18n.t("data.json.badField", "3", "interaction_contact", "1", "contact_id", I18n.t("data.json.why.missing")));

        String nullKey = document("""
                  "client_tag": [
                    {"client_id": 1, "tag": null}]""");
        assertThatThrownBy(() -> new DataExchange(journal.data()).readJson(JsonExportTest.in(nullKey)))
                .hasMessage(I18n.t("data.json.badField", "3", "client_tag", "1", "tag", I18n.t("data.json.why.null")));
        assertThat(JsonExportTest.export(journal)).isEqualTo(before);
    }

    /** A row id key that points at another table's row must be given: SQLite would number it, attaching the row to another client. */
    @Test
    void aKeyThatIsAlsoAReferenceIsRequired() {
        String missing = document("""
                  "client": [{"id": 1, "name": "Acme"}],
                  "response_target": [
                    {"answer_hours": 8}]""");
        assertThatThrownBy(() -> new DataExchange(journal.data()).readJson(JsonExportTest.in(missing)))
                .hasMessage(I18n.t("data.json.badField", "4", "response_target", "1", "client_id", I18n.t("data.json.why.missing")));

        String nullKey = document("""
                  "follow_up": [
                    {"answer_id": null, "acknowledged_at": "2026-11-01T09:00"}]""");
        assertThatThrownBy(() -> new DataExchange(journal.data()).readJson(JsonExportTest.in(nullKey)))
                .hasMessage(I18n.t("data.json.badField", "3", "follow_up", "1", "answer_id", I18n.t("data.json.why.null")));
        assertThat(JsonExportTest.export(journal)).isEqualTo(before);
    }

    /** Leaving out fields that have defaults (as a document from an older journal does) still imports. */
    @Test
    void aRecordWithSomeFieldsStillTakesTheDefaultsForTheOthers() {
        String doc = document("""
                  "client": [{"id": 1, "name": "Acme"}],
                  "response_target": [{"client_id": 1}]""");
        try (JournalSession fresh = JournalSession.open(dir.resolve("fresh.rapport"), JsonExportTest.CLOCK)) {
            new DataExchange(fresh.data()).apply(new DataExchange(fresh.data()).readJson(JsonExportTest.in(doc)), false, false, n -> { });
            assertThat(new String(JsonExportTest.export(fresh), StandardCharsets.UTF_8)).contains(
                    "{\"client_id\":1,\"acknowledge_hours\":2,\"answer_hours\":24,\"round_the_clock\":0}");
        }
    }
}
