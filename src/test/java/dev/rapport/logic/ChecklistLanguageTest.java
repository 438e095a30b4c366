package dev.rapport.logic;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.model.ChecklistItem;
import dev.rapport.model.Client;
import dev.rapport.model.Rating;
import dev.rapport.model.Review;
import dev.rapport.model.ReviewAnswer;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Default checklist items speak the chosen language; reworded ones and the answers keep their words. */
class ChecklistLanguageTest {
    @TempDir
    Path dir;
    JournalSession session;
    HealthService health;

    @BeforeEach
    void open() {
        session = JournalSession.open(dir.resolve("j.rapport"), HealthServiceTest.CLOCK);
        health = session.health();
    }

    @AfterEach
    void close() {
        I18n.use(Language.ENGLISH);
        session.close();
    }

    ChecklistItem byCode(String code) {
        return health.checklist().stream().filter(i -> code.equals(i.code())).findFirst().orElseThrow();
    }

    @Test
    void lithuanianShowsTheDefaultsInLithuanianButARewordedPromptAsTyped() {
        health.saveChecklist(List.of(byCode("COMFORT").withPrompt("Ar Jonas žino, kur esame?")));
        I18n.use(Language.LITHUANIAN);
        ChecklistItem attention = byCode("ATTENTION");
        assertThat(attention.name()).isEqualTo("Dėmesys");
        assertThat(attention.prompt()).isEqualTo("Ar iškėliau tai, ko klientui reikia, nors jis to neprašė?");
        assertThat(byCode("RESULTS").name()).isEqualTo("Rezultatai");
        ChecklistItem comfort = byCode("COMFORT");
        assertThat(comfort.name()).isEqualTo("Ramybė");
        assertThat(comfort.prompt()).isEqualTo("Ar Jonas žino, kur esame?");
        I18n.use(Language.ENGLISH);
        assertThat(byCode("COMFORT").name()).isEqualTo("Comfort");
        assertThat(byCode("COMFORT").prompt()).isEqualTo("Ar Jonas žino, kur esame?");
    }

    @Test
    void anItemSavedUnchangedInAnotherLanguageKeepsFollowingTheLanguage() {
        I18n.use(Language.UKRAINIAN);
        ChecklistItem safety = byCode("SAFETY");
        assertThat(safety.name()).isEqualTo("Безпека");
        health.saveChecklist(List.of(safety.withActive(false)));
        I18n.use(Language.ROMANIAN);
        assertThat(byCode("SAFETY").name()).isEqualTo("Siguranță");
        assertThat(byCode("SAFETY").active()).isFalse();
        assertThat(health.activeChecklist()).extracting(ChecklistItem::code).doesNotContain("SAFETY").contains("EASE");
    }

    @Test
    void ownItemsAndAnswersKeepTheirWording() {
        I18n.use(Language.RUSSIAN);
        ChecklistItem own = health.saveChecklist(List.of(ChecklistItem.own("Attention", "My own question"))).get(0);
        assertThat(own.name()).isEqualTo("Attention");
        Client acme = session.clients().save(Client.create("Acme"));
        ChecklistItem support = byCode("SUPPORT");
        health.saveReview(new Review(0, acme.id(), null, HealthServiceTest.TODAY,
                List.of(new ReviewAnswer(support.id(), support.name(), support.prompt(), Rating.PARTLY, ""))));
        I18n.use(Language.ENGLISH);
        assertThat(health.reviews(acme.id()).get(0).answers().get(0).itemName()).isEqualTo("Поддержка");
        assertThat(byCode("SUPPORT").name()).isEqualTo("Support");
        assertThat(health.attributeStates(acme.id())).filteredOn(s -> "SUPPORT".equals(s.item().code()))
                .singleElement().satisfies(s -> assertThat(s.item().name()).isEqualTo("Support"));
    }
}
