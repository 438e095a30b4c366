package dev.rapport.arch;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.rapport.logic.JournalSession;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A screen lays out and binds; its view-model talks to the journal. Screens that still call the
 * session themselves are frozen at the number of calls they make now: that number may only fall,
 * and a screen not listed may make none. The session's clock (what "today" is, for date fields)
 * is not journal work and is allowed.
 */
class ScreensTalkThroughViewModelsTest {
    /** Screens not yet moved to a view-model, and how many session calls each still makes. */
    private static final Map<String, Integer> FROZEN = Map.of(
            "dev.rapport.ui.MainView", 1);
    /**
     * Settings sections and sheet parts (not named like screens) already moved to a view-model: like a
     * screen, they may make no session calls of their own.
     */
    private static final Set<String> MOVED = Set.of(
            "dev.rapport.ui.brief.SummarySheet", "dev.rapport.ui.brief.SummaryChoices", "dev.rapport.ui.brief.SummaryPages",
            "dev.rapport.ui.brief.ClientReviewSheet",
            "dev.rapport.ui.settings.CrmSettings",
            "dev.rapport.ui.settings.CalendarSettings",
            "dev.rapport.ui.settings.SyncSection",
            "dev.rapport.ui.ledger.ResponseSettingsForm", "dev.rapport.ui.contacts.ContactForm", "dev.rapport.ui.contacts.RolesPane");

    @Test
    void screensLeaveTheJournalToTheirViewModels() {
        JavaClasses ui = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.rapport.ui");
        Map<String, Integer> calls = new TreeMap<>();
        for (JavaClass c : ui) {
            String screen = c.getName().replaceAll("\\$.*", "");
            if (!isScreen(screen)) {
                continue;
            }
            long n = c.getMethodCallsFromSelf().stream()
                    .filter(call -> call.getTargetOwner().isEquivalentTo(JournalSession.class))
                    .filter(call -> !call.getName().equals("clock"))
                    .count();
            if (n > 0) {
                calls.merge(screen, (int) n, Integer::sum);
            }
        }
        java.util.List<String> over = new java.util.ArrayList<>();
        calls.forEach((screen, n) -> {
            if (n > FROZEN.getOrDefault(screen, 0)) {
                over.add(screen + " calls the journal session " + n + " times (allowed " + FROZEN.getOrDefault(screen, 0) + ")");
            }
        });
        assertThat(over).as("screens doing their view-model's work").isEmpty();
        // the rule can only tighten: a screen that improved lowers its number here
        FROZEN.forEach((screen, allowed) -> assertThat(calls.getOrDefault(screen, 0))
                .as("%s now makes fewer session calls: lower its frozen number", screen).isEqualTo(allowed));
    }

    private static boolean isScreen(String name) {
        String simple = name.substring(name.lastIndexOf('.') + 1);
        return MOVED.contains(name) || simple.endsWith("View") || simple.endsWith("Sheet") || simple.equals("ClientPage") || simple.equals("PeopleTab");
    }
}
