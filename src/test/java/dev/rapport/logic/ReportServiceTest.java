package dev.rapport.logic;

import dev.rapport.model.Dimension;
import dev.rapport.model.Period;
import dev.rapport.model.Promise;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ReportServiceTest {
    @TempDir
    Path dir;
    ReportFixture f;

    @BeforeEach
    void open() {
        f = ReportFixture.create(dir.resolve("j.rapport"));
    }

    @AfterEach
    void close() {
        f.session.close();
    }

    @Test
    void briefListsOpenPromisesOverdueFirstAndEverythingOpen() {
        Brief b = f.session.reports().brief(f.baltic.id());
        assertThat(b.promises()).extracting(Promise::what).containsExactly("Review the fuel report", "Draft the Q1 plan");
        assertThat(b.overduePromises()).isEqualTo(1);
        assertThat(b.isOverdue(b.promises().get(0))).isTrue();
        assertThat(b.openProblems()).extracting(p -> p.description()).containsExactly("Data migration risk");
        assertThat(b.unansweredRequests()).extracting(r -> r.title()).containsExactly("Can we add Vilnius?");
        assertThat(b.lastInteractions()).extracting(Brief.Recent::title)
                .containsExactly("Status call", "Requirements workshop", "Before the period");
        assertThat(b.weakest()).extracting(Brief.Weak::name).containsExactly("Comfort");
        assertThat(b.weakest().get(0).prompt()).contains("status");
        assertThat(b.question()).isEqualTo("How likely are you to recommend us?");
        assertThat(b.people()).extracting(Brief.Person::name).containsExactly("Šarūnas Žemaitis", "Олена Коваленко");
        assertThat(b.people().get(0).contextCarrier()).isTrue();
    }

    @Test
    void briefForAMeetingShowsOnlyThePeopleAttending() {
        Brief b = f.session.reports().brief(f.baltic.id(), LocalDate.of(2026, 11, 26).atTime(10, 0), List.of(f.olena.id()));
        assertThat(b.people()).extracting(Brief.Person::name).containsExactly("Олена Коваленко");
        assertThat(b.meetingAt()).isNotNull();
    }

    @Test
    void summaryHoldsOnlyThePeriodsShareableItemsWithTheLedgerFigures() {
        ClientSummary s = f.session.reports().summary(f.baltic.id(), new Period(ReportFixture.FROM, ReportFixture.TO));
        assertThat(s.clientName()).isEqualTo("Baltic <b>Freight</b>");
        // the status call has no shareable summary; September is outside the period
        assertThat(s.updates()).extracting(ClientSummary.Update::title).containsExactly("Requirements workshop");
        assertThat(s.promises()).extracting(ClientSummary.PromiseLine::what).containsExactly("Share the training schedule",
                "Send the depot rollout plan", "Review the fuel report", "Draft the Q1 plan");
        ClientSummary.PromiseLine kept = s.promises().get(1);
        assertThat(kept.exceeded()).isEqualTo(Set.of(Dimension.TIME, Dimension.QUALITY));
        assertThat(kept.excellence()).startsWith("Two days early");
        assertThat(s.promises().get(0).state()).isEqualTo(dev.rapport.model.PromiseResult.KEPT_LATE);
        assertThat(s.problems()).hasSize(2);
        assertThat(s.problems().get(0).whatItTook()).isEqualTo("A fixed import and a check by hand");
        assertThat(s.requests()).hasSize(2);
        // 09:00 → 10:00 and 09:00 → 15:30 UTC on a Tuesday, inside working hours
        assertThat(s.requests().get(0).hoursToAcknowledge()).isEqualTo(1.0);
        assertThat(s.requests().get(0).hoursToAnswer()).isEqualTo(6.5);
        assertThat(s.requests().get(1).hoursToAnswer()).isNull();
        // the same figures as the ledger (DOMAIN §7): 2 decided, both kept, 1 on time, 1 exceeded
        assertThat(s.figures().promises().keptPercent()).isEqualTo(100.0);
        assertThat(s.figures().promises().onTimePercent()).isEqualTo(50.0);
        assertThat(s.figures().promises().exceededPercent()).isEqualTo(50.0);
        assertThat(s.figures().problems().onTargetPercent()).isEqualTo(100.0);
        assertThat(s.figures().requests().medianHoursToAnswer()).isEqualTo(6.5);
        assertThat(s.figures()).isEqualTo(f.session.ledger().figures(f.baltic.id(), ReportFixture.FROM, ReportFixture.TO));
    }

    @Test
    void savingWritesTheWholeFile() throws Exception {
        Path out = dir.resolve("sub").resolve("x.md");
        java.nio.file.Files.createDirectories(out.getParent());
        f.session.reports().save(out, "hello".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(out).hasContent("hello");
    }
}
