package dev.rapport.logic;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.QuickLogDraft;
import dev.rapport.model.QuickLogDraft.Issue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quick-log line in each language, on Monday 7 December 2026: what a line means, or which of
 * its parts is wrong. Clauses read kind/text/due/person; issues list the parts they name.
 */
class QuickLogParseTest {
    private static final Clock MONDAY = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;
    private static JournalSession session;
    private static QuickLog quickLog;

    @BeforeAll
    static void journal() {
        session = JournalSession.open(dir.resolve("j.rapport"), MONDAY);
        Client nordlys = session.clients().save(Client.create("Nordlys Energi"));
        session.contacts().save(Contact.create(nordlys.id(), "Ilona Kask"));
        session.contacts().save(Contact.create(nordlys.id(), "Ilmārs Ozols"));
        session.clients().save(Client.create("Baltic Freight"));
        session.clients().save(Client.create("Brașov Mountain Resorts"));
        Client siauliai = session.clients().save(Client.create("Šiaulių Pieninė"));
        session.contacts().save(Contact.create(siauliai.id(), "Rūta Žemaitė"));
        Client kyiv = session.clients().save(Client.create("Київська Пекарня"));
        session.contacts().save(Contact.create(kyiv.id(), "Олена Коваль"));
        Client wind = session.clients().save(Client.create("Северный Ветер"));
        session.contacts().save(Contact.create(wind.id(), "Ирина Волкова"));
        quickLog = QuickLog.of(session);
    }

    @AfterAll
    static void close() {
        I18n.use(Language.ENGLISH);
        session.close();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // language | line | client | channel | people | entry | clauses | issues (parts)
            "en | nor call: sent the draft; promise: revised budget by fri @ilona | Nordlys Energi | CALL | Ilona Kask | sent the draft | PROMISE/revised budget/2026-12-11/Ilona Kask | -",
            "en | NOR Call: sent the draft @ilm | Nordlys Energi | CALL | Ilmārs Ozols | sent the draft | - | -",
            "en | bras meeting: walked the site; request: price list; problem: lift broken by 25.12 | Brașov Mountain Resorts | MEETING | - | walked the site | REQUEST/price list/-/-, PROBLEM/lift broken/2026-12-25/- | -",
            "en | nor email: hello; promise: call back tomorrow | Nordlys Energi | EMAIL | - | hello | PROMISE/call back/2026-12-08/- | -",
            "en | nor email: hello; promise: report in 2 weeks | Nordlys Energi | EMAIL | - | hello | PROMISE/report/2026-12-21/- | -",
            "en | freight video talked routes; more words | Baltic Freight | VIDEO | - | talked routes; more words | - | -",
            "en | b call: hello | - | - | - | - | - | client",
            "en | xyz call: hello | - | - | - | - | - | client",
            "en | call: hello | - | - | - | - | - | client",
            "en | nor: hello | - | - | - | - | - | channel",
            "en | nor cal: hello | - | - | - | - | - | channel",
            "en | nor call: | - | - | - | - | - | entry",
            "en | nor call: x @zz | - | - | - | - | - | person",
            "en | nor call: x @il | - | - | - | - | - | person",
            "en | nor call: x; promise: budget | - | - | - | - | - | promise",
            "en | nor call: x; promise: budget by someday | - | - | - | - | - | promise",
            "en | nor call: x; promise: budget by 2026-12-01 | - | - | - | - | - | promise",
            "en | nor call: x; promise: by fri | - | - | - | - | - | promise",
            "en | nor call: x; promse: budget by fri | - | - | - | - | - | line",
            "en | '   ' | - | - | - | - | - | line",
            "lt | šiaul skambutis: aptarėme sutartį; pažadas: pasiūlymas iki penktadienio @rūta | Šiaulių Pieninė | CALL | Rūta Žemaitė | aptarėme sutartį | PROMISE/pasiūlymas/2026-12-11/Rūta Žemaitė | -",
            "lt | SIAUL susitikimas: apžiūra; prasymas: kainoraštis | Šiaulių Pieninė | MEETING | - | apžiūra | REQUEST/kainoraštis/-/- | -",
            "lt | siaul laiškas: sąskaita; pažadas: atsakymas iki pn | Šiaulių Pieninė | EMAIL | - | sąskaita | PROMISE/atsakymas/2026-12-11/- | -",
            "lt | siaul skambutis: x; pažadas: pasiūlymas | - | - | - | - | - | promise",
            "lt | zzz skambutis: x | - | - | - | - | - | client",
            "ro | bras apel: am trimis schița; promisiune: bugetul revizuit până vineri | Brașov Mountain Resorts | CALL | - | am trimis schița | PROMISE/bugetul revizuit/2026-12-11/- | -",
            "ro | bras întâlnire: vizită; problemă: telescaun oprit până la 25.12 | Brașov Mountain Resorts | MEETING | - | vizită | PROBLEM/telescaun oprit/2026-12-25/- | -",
            "ro | bras intalnire: vizită; cerere: lista de prețuri | Brașov Mountain Resorts | MEETING | - | vizită | REQUEST/lista de prețuri/-/- | -",
            "ro | bras apel: x; promisiune: bugetul până curând | - | - | - | - | - | promise",
            "ro | bras telefonn: x | - | - | - | - | - | channel",
            "ru | сев звонок: отправил черновик; обещание: новый бюджет до пятницы @ирина | Северный Ветер | CALL | Ирина Волкова | отправил черновик | PROMISE/новый бюджет/2026-12-11/Ирина Волкова | -",
            "ru | СЕВ встреча: обсудили; запрос: прайс @вол | Северный Ветер | MEETING | Ирина Волкова | обсудили | REQUEST/прайс/-/Ирина Волкова | -",
            "ru | сев чат: x; обещание: отчёт через 2 недели | Северный Ветер | CHAT | - | x | PROMISE/отчёт/2026-12-21/- | -",
            "ru | сев звонок: x @пётр | - | - | - | - | - | person",
            "ru | сев звонок: x; обещание: отчёт | - | - | - | - | - | promise",
            "uk | київ дзвінок: надіслав чернетку; обіцянка: новий бюджет до п'ятниці @олена | Київська Пекарня | CALL | Олена Коваль | надіслав чернетку | PROMISE/новий бюджет/2026-12-11/Олена Коваль | -",
            "uk | КИЇВ лист: рахунок; проблема: затримка оплати | Київська Пекарня | EMAIL | - | рахунок | PROBLEM/затримка оплати/-/- | -",
            "uk | київ зустріч: огляд; обіцянка: звіт до пт | Київська Пекарня | MEETING | - | огляд | PROMISE/звіт/2026-12-11/- | -",
            "uk | київ дзвінок: x; обіцянка: звіт до 01.12.2026 | - | - | - | - | - | promise",
            "uk | київ: x | - | - | - | - | - | channel"})
    void readsTheLine(String language, String line, String client, String channel, String people, String entry,
                      String clauses, String issues) {
        Language lang = Language.ofCode(language).orElseThrow();
        I18n.use(lang);
        QuickLogDraft draft = quickLog.parse(line);
        if (issues != null) {
            assertThat(draft.issues()).extracting(Issue::part).contains(issues.split(",\\s*"));
            for (Issue issue : draft.issues()) {
                assertThat(issue.message()).as("the message names its part in %s", language)
                        .startsWith(I18n.t("quickLog.part." + issue.part()) + ": ")
                        .doesNotContain("quickLog.");
            }
            assertThat(draft.isValid()).isFalse();
            return;
        }
        assertThat(draft.issues()).isEmpty();
        assertThat(draft.client().name()).isEqualTo(client);
        assertThat(draft.channel().name()).isEqualTo(channel);
        assertThat(draft.people().stream().map(Contact::name).collect(Collectors.joining(", "))).isEqualTo(people == null ? "" : people);
        assertThat(draft.text()).isEqualTo(entry);
        assertThat(draft.clauses().stream().map(c -> c.kind() + "/" + c.text() + "/" + (c.due() == null ? "-" : c.due())
                + "/" + (c.person() == null ? "-" : c.person().name())).collect(Collectors.joining(", ")))
                .isEqualTo(clauses == null ? "" : clauses);
    }

    @Test
    void anAmbiguousPrefixSaysWhichClientsMatch() {
        I18n.use(Language.ENGLISH);
        List<Issue> issues = quickLog.parse("b call: hello").issues();
        assertThat(issues).singleElement().satisfies(i -> assertThat(i.message()).contains("Baltic Freight", "Brașov Mountain Resorts"));
        I18n.use(Language.UKRAINIAN);
        assertThat(quickLog.parse("nor call: x @il").issues()).singleElement()
                .satisfies(i -> assertThat(i.message()).startsWith("Людина: ").contains("Ilona Kask", "Ilmārs Ozols"));
    }

    @Test
    void wordsOfEveryLanguageWorkWhateverTheScreenSpeaks() {
        I18n.use(Language.ENGLISH);
        QuickLogDraft draft = quickLog.parse("київ дзвінок: x; обіцянка: звіт до пт");
        assertThat(draft.issues()).isEmpty();
        assertThat(draft.clauses()).singleElement().satisfies(c -> assertThat(c.due()).hasToString("2026-12-11"));
    }
}
