package dev.rapport.logic;

import dev.rapport.i18n.I18n;
import dev.rapport.model.Client;
import dev.rapport.model.Promise;
import dev.rapport.model.TodayItem;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Today's page: its sections in screen order, each holding only its own items, and what an alert says to look at. */
class TodayPageTest {
    private static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2026, 11, 25, 10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;

    private JournalSession session;
    private Client acme;

    @BeforeEach
    void open() {
        session = JournalSession.open(dir.resolve("j.rapport"), CLOCK);
        acme = session.clients().save(Client.create("Acme Logistics"));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void anEmptyJournalHasAnEmptyPageWithNoSections() {
        TodayPage page = TodayPage.of(session);
        assertThat(page.isEmpty()).isTrue();
        assertThat(page.sections()).isEmpty();
        assertThat(page.day().date()).isEqualTo(TODAY);
    }

    @Test
    void itemsGoToTheSectionOfTheirGroupMostUrgentFirst() {
        Promise late = session.ledger().save(Promise.create(acme.id(), "Send the plan", TODAY.minusDays(20), TODAY.minusDays(2)));
        Promise later = session.ledger().save(Promise.create(acme.id(), "Call back", TODAY.minusDays(20), TODAY.minusDays(1)));
        Promise due = session.ledger().save(Promise.create(acme.id(), "Book the room", TODAY.minusDays(20), TODAY));
        Promise soon = session.ledger().save(Promise.create(acme.id(), "Draft the budget", TODAY.minusDays(20), TODAY.plusDays(3)));
        TodayPage page = TodayPage.of(session);
        assertThat(page.sections()).containsExactly(TodayPage.Section.OVERDUE, TodayPage.Section.TODAY, TodayPage.Section.THIS_WEEK);
        assertThat(page.items(TodayPage.Section.OVERDUE)).extracting(TodayItem::itemId).containsExactly(late.id(), later.id());
        assertThat(page.items(TodayPage.Section.TODAY)).extracting(TodayItem::itemId).containsExactly(due.id());
        assertThat(page.items(TodayPage.Section.THIS_WEEK)).extracting(TodayItem::itemId).containsExactly(soon.id());
        assertThat(page.items(TodayPage.Section.MEETINGS)).isEmpty();
        assertThat(page.isEmpty()).isFalse();
    }

    @Test
    void anAlertSaysWhatToLookAtFirst() {
        var practice = new dev.rapport.model.HealthAlert(dev.rapport.model.HealthAlert.Kind.NPS_DROP, null, null, null, 10, 40, 5, "NPS fell");
        var client = new dev.rapport.model.HealthAlert(dev.rapport.model.HealthAlert.Kind.LOW_SATISFACTION, acme.id(), "Acme Logistics",
                null, 60, null, 5, "Acme is unhappy");
        assertThat(new TodayPage.Alert(practice, 0, List.of()).look()).isEqualTo(I18n.t("today.alert.allClients"));
        assertThat(new TodayPage.Alert(client, 2, List.of()).look()).isEqualTo(I18n.plural("today.alert.openProblems", 2));
        assertThat(new TodayPage.Alert(client, 1, List.of("Reporting", "Pace")).look()).isEqualTo(
                I18n.plural("today.alert.openProblems", 1) + " · " + I18n.t("today.alert.weakest", "Reporting, Pace"));
    }

    @Test
    void aPageWithOnlyAnAlertIsNotEmptyAndShowsTheInvestigateSection() {
        var alert = new dev.rapport.model.HealthAlert(dev.rapport.model.HealthAlert.Kind.NPS_DROP, null, null, null, 10, 40, 5, "NPS fell");
        TodayPage page = new TodayPage(TodayPage.of(session).day(), List.of(new TodayPage.Alert(alert, 0, List.of())), java.util.Set.of(), 0);
        assertThat(page.isEmpty()).isFalse();
        assertThat(page.sections()).containsExactly(TodayPage.Section.INVESTIGATE);
    }
}
