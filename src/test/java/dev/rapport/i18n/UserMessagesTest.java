package dev.rapport.i18n;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Channel;
import dev.rapport.model.ChecklistItem;
import dev.rapport.model.ClientStatus;
import dev.rapport.model.DatedEvent;
import dev.rapport.model.Dimension;
import dev.rapport.model.DuplicatePair;
import dev.rapport.model.FollowUp;
import dev.rapport.model.ItemKind;
import dev.rapport.model.Mood;
import dev.rapport.model.Phrasing;
import dev.rapport.model.ProblemStatus;
import dev.rapport.model.PromiseOutcome;
import dev.rapport.model.PromiseResult;
import dev.rapport.model.QuickLogDraft;
import dev.rapport.model.RaisedBy;
import dev.rapport.model.Rating;
import dev.rapport.model.RhythmState;
import dev.rapport.model.Severity;
import dev.rapport.model.SurveyMethod;
import dev.rapport.model.SurveyScale;
import dev.rapport.model.Text;
import dev.rapport.model.TodayItem;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message a user may read comes from the bundles, so it is in the user's language: no
 * exception the app shows is built from an English string literal in the code, and every key the
 * code asks for is in all five languages: the keys written out whole, and for the keys built at
 * run time ({@code "model.channel." + Text.key(this)}) every value they can be built from.
 */
class UserMessagesTest {
    private static final Path SOURCES = Path.of("src/main/java");

    /**
     * A user-facing exception whose message starts with a string literal, or joins words from one
     * into it ({@code new RapportException(name + " is not a sound backup")}).
     */
    private static final Pattern LITERAL_MESSAGE = Pattern.compile(
            "new\\s+(?:RapportException|DumpException)\\(\\s*\""
                    + "|new\\s+(?:ValidationException|JournalOpenException)\\(\\s*[^,()]+,\\s*\""
                    + "|new\\s+(?:RapportException|DumpException|ValidationException|JournalOpenException)\\([^;]*?\\+\\s*\"(?=[^\"]*[A-Za-z]{3})");

    /** File, and the start of the literal, of the few allowed: each with the reason. */
    private static final Map<String, String> ALLOWED = Map.of();

    @Test
    void noUserFacingExceptionIsAnEnglishLiteral() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String name = SOURCES.relativize(file).toString().replace('\\', '/');
                Matcher m = LITERAL_MESSAGE.matcher(text);
                while (m.find()) {
                    String literal = text.substring(m.end(), text.indexOf('"', m.end()));
                    if (ALLOWED.keySet().stream().noneMatch(a -> (name + "|" + literal).startsWith(a))) {
                        found.add(name + ":" + line(text, m.start()) + " \"" + literal + "\"");
                    }
                }
            }
        }
        assertThat(found).as("messages to move to the bundles (I18n.t) with lt, ro, ru and uk translations").isEmpty();
    }

    @Test
    void theGuardSeesALiteralMessage() {
        assertThat(LITERAL_MESSAGE.matcher("throw new RapportException(\"Nothing was saved\");").find()).isTrue();
        assertThat(LITERAL_MESSAGE.matcher("throw new ValidationException(\"client\",\n \"Client must be chosen.\");").find()).isTrue();
        assertThat(LITERAL_MESSAGE.matcher("throw new ValidationException(\"client\", I18n.t(\"validation.clientMissing\"));").find())
                .isFalse();
        assertThat(LITERAL_MESSAGE.matcher("throw new RapportException(I18n.t(\"files.pdfFailed\"), e);").find()).isFalse();
        assertThat(LITERAL_MESSAGE.matcher("throw new RapportException(file + \" is not a sound backup (\" + check + \").\");").find())
                .isTrue();
        assertThat(LITERAL_MESSAGE.matcher("throw new RapportException(I18n.t(\"a.b\", x) + \" · \" + I18n.t(\"c.d\"));").find())
                .isFalse();
    }

    // ---- every key the code uses is in every language

    private static final Path BUNDLES = Path.of("src/main/resources/dev/rapport/i18n");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"((?:" + String.join("|", areas()) + ")\\.[A-Za-z0-9_.-]*)\"(\\s*\\+)?");
    /** A field's label as Check takes it: the second argument of required, limit and notNull, or Check.label's. */
    private static final Pattern LABEL = Pattern.compile("\\b(?:required|limit|notNull)\\(\\s*[^,()]+,\\s*\"([^\"]+)\"|\\blabel\\(\\s*\"([^\"]+)\"");

    /** Literals shaped like keys that are not message keys: file (and literal start) → why. */
    private static final Map<String, String> NOT_KEYS = Map.of(
            "dev/rapport/model/JournalSettings.java|", "the keys settings are stored under in the journal",
            "dev/rapport/logic/ClientListService.java|clients.savedViews", "the setting the saved views are stored under",
            "dev/rapport/logic/DataService.java|journal.uuid", "the setting that holds the journal's id",
            "dev/rapport/export/MonicaImport.java|data.", "paths inside a Monica export (JSON), named in its messages as they are",
            "dev/rapport/logic/JournalLocation.java|journal.rapport", "a file name",
            "dev/rapport/store/JournalLock.java|journal.lock", "a file name",
            "dev/rapport/export/mail/MailFiles.java|mail.", "Jakarta Mail's session properties",
            "dev/rapport/export/mail/ImapMail.java|mail.", "Jakarta Mail's session properties for IMAP",
            "dev/rapport/logic/MailIntake.java|mail.", "mail domains anyone can have an address at",
            "dev/rapport/cli/HelpTexts.java|cli.help.", "picocli asks for a help key only when the bundle has it (HelpTexts.offer); "
                    + "the annotation's text is the fallback");

    @TempDir
    Path journalDir;

    /**
     * The keys built at run time, by the literal start the code builds them from, with every
     * value each can take. A new way of building keys must be added here (the next test fails).
     */
    private Map<String, Supplier<List<String>>> builtKeys() {
        Map<String, Supplier<List<String>>> built = new LinkedHashMap<>();
        built.put("model.channel.", () -> keys(Channel.values()));
        built.put("model.itemKind.", () -> keys(ItemKind.values()));
        built.put("model.phrasing.", () -> keys(Phrasing.values()));
        built.put("model.promiseOutcome.", () -> keys(PromiseOutcome.values()));
        built.put("model.problemStatus.", () -> keys(ProblemStatus.values()));
        built.put("model.severity.", () -> keys(Severity.values()));
        built.put("model.promiseResult.", () -> keys(PromiseResult.values()));
        built.put("model.surveyMethod.", () -> keys(SurveyMethod.values()));
        built.put("model.rating.", () -> keys(Rating.values()));
        built.put("model.todayGroup.", () -> keys(TodayItem.Group.values()));
        built.put("model.clientStatus.", () -> keys(ClientStatus.values()));
        built.put("model.duplicateReason.", () -> keys(DuplicatePair.Reason.values()));
        built.put("model.datedEventKind.", () -> keys(DatedEvent.Kind.values()));
        built.put("model.surveyScale.", () -> keys(SurveyScale.values()));
        built.put("model.mood.", () -> keys(Mood.values()));
        built.put("model.dimension.", () -> keys(Dimension.values()));
        built.put("model.raisedBy.", () -> keys(RaisedBy.values()));
        built.put("summary.problem.by.", () -> keys(RaisedBy.values()));
        built.put("quickLog.words.", () -> concat(keys(Channel.values()), keys(QuickLogDraft.Kind.values())));
        built.put("quickLog.part.", () -> concat(keys(QuickLogDraft.Kind.values()), literalArguments("dev/rapport/logic/QuickLog.java",
                Pattern.compile("\\bissue\\(\\s*\"(\\w+)\"")).stream().toList()));
        built.put("cli.stats.word.", () -> Arrays.stream(RhythmState.values()).map(r -> r.name().toLowerCase(Locale.ROOT)).toList());
        built.put("today.title.dropped.", () -> IntStream.rangeClosed(0, 10).mapToObj(FollowUp::categoryName).distinct().toList());
        built.put("today.detail.", () -> Stream.of("answer", "acknowledge", "talk")
                .flatMap(step -> Stream.of(step + "Was", step + "By")).toList());
        built.put("health.period.", this::healthPeriods);
        built.put("app.rail.", this::railPlaces);
        built.put("validation.label.", () -> List.copyOf(labels()));
        built.put("checklist.item.", this::builtInChecklistItems);
        built.put("syncing.table.", () -> List.of("client", "contact", "contact_role", "client_ask", "dated_event", "interaction",
                "problem", "promise", "request", "review", "survey_question", "survey_answer", "checklist_item"));
        for (String document : List.of("summary.sheet.", "review.sheet.")) {
            built.put(document, () -> List.of("notRead", "saving", "saved", "notSaved"));
        }
        for (String record : List.of("ledger.promise.", "ledger.problem.", "ledger.request.")) {
            built.put(record, () -> List.of("delete", "deleteQuestion", "deleteMessage", "deleted"));
        }
        return built;
    }

    @Test
    void everyKeyWrittenOutInTheCodeIsInEveryLanguage() throws IOException {
        Map<Language, Properties> bundles = bundles();
        List<String> missing = new ArrayList<>();
        int[] seen = {0};
        eachKeyLiteral((file, key, followedByPlus) -> {
            if (!key.endsWith(".") && !followedByPlus && !notAKey(file, key)) {
                seen[0]++;
                missing.addAll(missingFrom(bundles, key, file));
            }
        });
        assertThat(seen[0]).as("keys found in the code").isGreaterThan(1000);
        assertThat(missing).as("keys the code uses that a language lacks").isEmpty();
    }

    @Test
    void everyKeyBuiltAtRunTimeIsInEveryLanguageForEveryValueItIsBuiltFrom() throws IOException {
        Map<Language, Properties> bundles = bundles();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Supplier<List<String>>> family : builtKeys().entrySet()) {
            List<String> values = family.getValue().get();
            assertThat(values).as(family.getKey() + " values").isNotEmpty();
            for (String value : values) {
                missing.addAll(missingFrom(bundles, family.getKey() + value, "built from " + family.getKey()));
            }
        }
        for (String period : healthPeriods()) {
            missing.addAll(missingFrom(bundles, "health.period." + period + ".inSentence", "built from health.period."));
        }
        assertThat(missing).as("keys built at run time that a language lacks").isEmpty();
    }

    @Test
    void everyKeyBuiltAtRunTimeIsEnumeratedAbove() throws IOException {
        Set<String> known = builtKeys().keySet();
        List<String> unknown = new ArrayList<>();
        eachKeyLiteral((file, key, followedByPlus) -> {
            if ((key.endsWith(".") || followedByPlus) && !notAKey(file, key) && known.stream().noneMatch(key::startsWith)) {
                unknown.add(file + " \"" + key + "\"");
            }
        });
        assertThat(unknown).as("key starts the code builds on: list their values in builtKeys()").isEmpty();
    }

    @Test
    void theKeyCheckSeesAMissingKeyAndAMissingTranslation() throws IOException {
        Map<Language, Properties> bundles = bundles();
        assertThat(missingFrom(bundles, "common.noSuchKey", "here")).hasSize(5);
        assertThat(missingFrom(bundles, "validation.label.Title", "here")).hasSize(5);
        Properties ukrainianWithoutOne = new Properties();
        ukrainianWithoutOne.putAll(bundles.get(Language.UKRAINIAN));
        ukrainianWithoutOne.remove("model.channel.call");
        Map<Language, Properties> broken = new EnumMap<>(bundles);
        broken.put(Language.UKRAINIAN, ukrainianWithoutOne);
        assertThat(missingFrom(broken, "model.channel.call", "here")).containsExactly("here: uk lacks model.channel.call");
        assertThat(missingFrom(bundles, "cli.export.wroteRows", "here")).as("a plural key by its base").isEmpty();
    }

    private interface KeyLiteral {
        void accept(String file, String key, boolean followedByPlus);
    }

    private static void eachKeyLiteral(KeyLiteral action) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String name = SOURCES.relativize(file).toString().replace('\\', '/');
                Matcher m = KEY_LITERAL.matcher(text);
                while (m.find()) {
                    action.accept(name + ":" + line(text, m.start()), m.group(1), m.group(2) != null);
                }
            }
        }
    }

    private static boolean notAKey(String fileAndLine, String key) {
        String file = fileAndLine.substring(0, fileAndLine.indexOf(':'));
        return NOT_KEYS.keySet().stream().anyMatch(k -> (file + "|" + key).startsWith(k));
    }

    /** Which languages lack the key (a plural key counts by its base, with each of the language's plural forms). */
    private static List<String> missingFrom(Map<Language, Properties> bundles, String key, String where) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<Language, Properties> e : bundles.entrySet()) {
            Properties p = e.getValue();
            boolean plural = Plural.categories(e.getKey()).stream().allMatch(c -> p.containsKey(key + "." + c.key()));
            if (!p.containsKey(key) && !plural) {
                out.add(where + ": " + e.getKey().code() + " lacks " + key);
            }
        }
        return out;
    }

    private static List<String> keys(Enum<?>... constants) {
        return Arrays.stream(constants).map(Text::key).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    /** The keys of the periods the Health screen offers (its Choice enum). */
    private List<String> healthPeriods() {
        return enumKeys("dev.rapport.ui.health.HealthViewModel$Choice", "the Health screen's periods moved: point healthPeriods() at them");
    }

    /** The keys of the rail's places (its Place enum). */
    private List<String> railPlaces() {
        return enumKeys("dev.rapport.ui.Rail$Place", "the rail's places moved: point railPlaces() at them");
    }

    /** The {@code key} field of every constant of an enum the ui keeps to itself. */
    private static List<String> enumKeys(String enumClass, String moved) {
        try {
            Class<?> choice = Class.forName(enumClass);
            Field key = choice.getDeclaredField("key");
            key.setAccessible(true);
            List<String> out = new ArrayList<>();
            for (Object c : choice.getEnumConstants()) {
                out.add((String) key.get(c));
            }
            return out;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(moved, e);
        }
    }

    /** The labels the code hands Check for naming a field ({@code validation.label.LABEL}). */
    private static Set<String> labels() {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = LABEL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    out.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out;
    }

    private static Set<String> literalArguments(String file, Pattern call) {
        try {
            Set<String> out = new TreeSet<>();
            Matcher m = call.matcher(Files.readString(SOURCES.resolve(file), StandardCharsets.UTF_8));
            while (m.find()) {
                out.add(m.group(1));
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The built-in checklist items of a new journal: each one's name, meaning and prompt. */
    private List<String> builtInChecklistItems() {
        try (JournalSession session = JournalSession.open(journalDir.resolve("keys.rapport"))) {
            return session.health().checklist().stream().map(ChecklistItem::code).filter(c -> c != null)
                    .flatMap(c -> Stream.of("name", "meaning", "prompt").map(part -> c.toLowerCase(Locale.ROOT) + "." + part)).toList();
        }
    }

    private static List<String> areas() {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .map(n -> n.substring(0, n.length() - ".properties".length())).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Each language's texts of every area, read from its own files (no fallback to English). */
    private static Map<Language, Properties> bundles() throws IOException {
        Map<Language, Properties> out = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Properties all = new Properties();
            for (String area : areas()) {
                Path file = BUNDLES.resolve(language == Language.ENGLISH ? area + ".properties" : area + "_" + language.code() + ".properties");
                if (Files.exists(file)) {
                    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        all.load(r);
                    }
                }
            }
            out.put(language, all);
        }
        return out;
    }

    private static int line(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
