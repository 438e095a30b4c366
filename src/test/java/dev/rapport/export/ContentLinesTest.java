package dev.rapport.export;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Problem;
import dev.rapport.model.ProblemStatus;
import dev.rapport.model.Severity;
import dev.rapport.model.Promise;
import dev.rapport.model.RaisedBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.jqwik.api.ForAll;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

import static dev.rapport.export.JsonExportTest.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

/** The calendar and vCard files keep RFC 5545's and RFC 6350's 75 octets a line, whatever the alphabet. */
class ContentLinesTest {
    static final String RUSSIAN = "Подготовить подробный отчёт о расходах на логистику за третий квартал и согласовать"
            + " его с финансовым директором до начала переговоров о новом контракте";
    static final String LITHUANIAN = "Parengti išsamią ataskaitą apie trečiojo ketvirčio logistikos išlaidas ir suderinti"
            + " ją su finansų direktoriumi prieš derybas dėl naujos sutarties – ąčęėįšųūž ĄČĘĖĮŠŲŪŽ";
    static final String UKRAINIAN = "Олександра-Вікторія Ґрицюк-Щербатюк-Їжакевич";

    @TempDir
    Path dir;

    @Test
    void calendarLinesAreAtMost75OctetsAndUnfoldToTheText() throws Exception {
        try (JournalSession s = JournalSession.open(dir.resolve("x.rapport"), CLOCK)) {
            Client client = s.clients().save(Client.create("Балтийские транспортные перевозки «Вильнюс-Экспресс»"));
            s.ledger().save(Promise.create(client.id(), RUSSIAN, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 4)));
            s.ledger().save(new Problem(0, client.id(), RaisedBy.CLIENT, LocalDate.of(2026, 11, 20), LITHUANIAN, "", "",
                    Severity.MEDIUM, LocalDate.of(2026, 12, 10), "", ProblemStatus.OPEN, null, null, "", ""));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new DataExchange(s.data()).exportIcs(out);

            String text = assertLinesFitAndUnfold(out.toByteArray());
            Calendar cal = new CalendarBuilder().build(new ByteArrayInputStream(out.toByteArray()));
            List<String> descriptions = cal.<VEvent>getComponents(Component.VEVENT).stream()
                    .map(e -> e.getProperty(Property.DESCRIPTION).orElseThrow().getValue()).toList();
            assertThat(descriptions).anySatisfy(d -> assertThat(d).contains(RUSSIAN))
                    .anySatisfy(d -> assertThat(d).contains(LITHUANIAN));
            assertThat(text).contains("Балтийские транспортные перевозки");
        }
    }

    @Test
    void vcardLinesAreAtMost75OctetsAndUnfoldToTheText() throws Exception {
        try (JournalSession s = JournalSession.open(dir.resolve("x.rapport"), CLOCK)) {
            Client client = s.clients().save(Client.create("Lietuvos geležinkelių logistikos ir ekspedijavimo įmonė „Šiaurės žvaigždė“"));
            s.contacts().save(new Contact(0, client.id(), UKRAINIAN, "Заступниця фінансового директора з питань логістики",
                    "olena@example.com", "", null, "", "", false));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new DataExchange(s.data()).exportVcf(out);

            assertLinesFitAndUnfold(out.toByteArray());
            VCard card = Ezvcard.parse(out.toString(StandardCharsets.UTF_8)).first();
            assertThat(card.getFormattedName().getValue()).isEqualTo(UKRAINIAN);
            assertThat(card.getTitles().get(0).getValue()).isEqualTo("Заступниця фінансового директора з питань логістики");
            assertThat(card.getOrganization().getValues())
                    .containsExactly("Lietuvos geležinkelių logistikos ir ekspedijavimo įmonė „Šiaurės žvaigždė“");
        }
    }

    @net.jqwik.api.Property
    void foldingKeepsEveryLineWithin75OctetsAndUnfoldsBack(
            @ForAll @StringLength(max = 400) @CharRange(from = ' ', to = '~') @CharRange(from = 'À', to = 'ž')
            @CharRange(from = 'Ѐ', to = 'ӿ') @CharRange(from = '\u4e00', to = '\u4e2f') @Chars({'\u0301', '€'}) String text,
            @ForAll @StringLength(max = 3) @Chars({'\uD83D'}) String highs) {
        // a few emoji (four octets) where the generator put high surrogates
        String withEmoji = text + highs.replace("\uD83D", "\uD83D\uDE00");
        String line = "DESCRIPTION:" + withEmoji + "\r\n";
        String folded = ContentLines.fold(line);
        assertWithin75(folded);
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line);
    }

    /** Every line is at most 75 octets, and unfolding gives lines that are each whole UTF-8. */
    private static String assertLinesFitAndUnfold(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\uFFFD");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertWithin75(text);
        assertThat(text).contains("\r\n "); // the long texts were folded
        // each physical line alone is valid UTF-8: no fold fell inside a character
        int start = 0;
        for (int i = 0; i + 1 < file.length; i++) {
            if (file[i] == '\r' && file[i + 1] == '\n') {
                assertWholeUtf8(java.util.Arrays.copyOfRange(file, start, i));
                start = i + 2;
            }
        }
        return text.replace("\r\n ", "");
    }

    private static void assertWholeUtf8(byte[] line) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(line));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new AssertionError("A fold splits a character: " + new String(line, StandardCharsets.UTF_8), e);
        }
    }

    private static void assertWithin75(String text) {
        for (String line : text.split("\r\n", -1)) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(ContentLines.MAX_OCTETS);
        }
    }
}
