package dev.rapport.ui.data;

import dev.rapport.export.ContactImport;
import dev.rapport.export.JsonPlan;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.ui.UiTestSupport;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.data.DataMenu.ExportKind;
import dev.rapport.ui.data.DataMenu.ImportKind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The journal menu's exports and imports without a window: a real journal, work on this thread. */
class DataMenuViewModelTest {
    @TempDir
    Path dir;

    private JournalSession session;
    private DataMenuViewModel model;
    private final List<Object> results = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final List<Long> totals = new ArrayList<>();
    private final List<Long> written = new ArrayList<>();
    private final DataMenuViewModel.Progress progress = new DataMenuViewModel.Progress() {
        @Override
        public void total(long rows) {
            totals.add(rows);
        }

        @Override
        public void rows(long n) {
            written.add(n);
        }
    };

    @BeforeEach
    void open() {
        session = UiTestSupport.journal(dir);
        Client acme = session.clients().save(Client.create("Acme Logistics"));
        session.contacts().save(Contact.create(acme.id(), "Ann Lee"));
        model = new DataMenuViewModel(session, Background.direct());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aJsonExportCountsItsRowsAndSaysWhereTheyWent() {
        Path target = dir.resolve("out.json");
        model.export(ExportKind.JSON, target, progress, results::add, t -> failures.add(t.getMessage()));
        assertThat(failures).isEmpty();
        assertThat(target).exists();
        assertThat(totals).singleElement().satisfies(total -> assertThat(total).isPositive());
        assertThat(results).singleElement().asString().contains(target.toString());
    }

    @Test
    void aContactCsvIsReadIntoAPlanThenStoredWithItsDuplicatesCounted() throws Exception {
        Path csv = dir.resolve("people.csv");
        Files.writeString(csv, "Name,Email,Client\nBo Chen,bo@acme.example,Acme Logistics\nLee Ann,,Acme Logistics\n");
        model.read(ImportKind.CONTACTS_CSV, csv, results::add, t -> failures.add(t.getMessage()));
        assertThat(failures).isEmpty();
        Object plan = results.get(0);
        assertThat(plan).isInstanceOf(ContactImport.Plan.class);
        assertThat(DataMenuViewModel.describe(plan)).isNotBlank();
        assertThat(DataMenuViewModel.replacesContent(plan)).isFalse();
        assertThat(session.contacts().forClient(session.clients().all().get(0).id())).extracting(Contact::name).containsExactly("Ann Lee");

        int duplicates = model.store(plan, false, n -> { });
        assertThat(session.contacts().forClient(session.clients().all().get(0).id())).extracting(Contact::name)
                .contains("Ann Lee", "Bo Chen", "Lee Ann");
        assertThat(duplicates).as("Lee Ann and Ann Lee at one client are a likely duplicate").isEqualTo(1);
    }

    @Test
    void aJsonFileForAJournalWithContentAsksBeforeReplacing() {
        Path target = dir.resolve("out.json");
        model.export(ExportKind.JSON, target, progress, results::add, t -> failures.add(t.getMessage()));
        results.clear();
        model.read(ImportKind.JSON, target, results::add, t -> failures.add(t.getMessage()));
        assertThat(failures).isEmpty();
        assertThat(results.get(0)).isInstanceOf(JsonPlan.class);
        assertThat(DataMenuViewModel.replacesContent(results.get(0))).isTrue();
        assertThat(DataMenuViewModel.rows(results.get(0))).isPositive();
    }

    @Test
    void aFileThatCannotBeReadIsNamedInTheFailure() {
        Path missing = dir.resolve("missing.vcf");
        model.read(ImportKind.VCARD, missing, results::add, t -> failures.add(t.getMessage()));
        assertThat(results).isEmpty();
        // the reason is the system's (a missing file names its path)
        assertThat(failures).containsExactly(I18n.t("data.unreadable", "missing.vcf", missing.toString()));
    }
}
