package dev.rapport.i18n;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people type them: ISO, the language's own on-screen format, day and month without a
 * year, weekday names, "next tue", "tomorrow", "in 2 weeks", "3 days ago", in each language
 * Rapport speaks. Case, accents and apostrophes are ignored. README "Dates you can type" lists
 * every form; the rules that need a choice:
 * <ul>
 *   <li>a weekday alone ("fri", "this fri") is the coming one, today included;</li>
 *   <li>"next fri" is the first Friday strictly after today; "last fri" the last one strictly before;</li>
 *   <li>a day and month without a year ("25.12") is its next occurrence, today included;</li>
 *   <li>a two-digit year is in this century.</li>
 * </ul>
 */
public final class DatePhrases {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,4})([./-])(\\d{1,2})(?:\\2(\\d{2}|\\d{4}))?\\.?");
    private static final Pattern PLUS_DAYS = Pattern.compile("\\+(\\d{1,4})");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
    private static final long MAX_DAYS = 3660;

    private DatePhrases() {
    }

    /** The date a person meant, or empty if the text is not a date in that language (nor ISO). */
    public static Optional<LocalDate> parse(String text, Language language, LocalDate today) {
        if (text == null || text.isBlank() || language == null || today == null) {
            return Optional.empty();
        }
        String raw = text.strip();
        Matcher iso = ISO.matcher(raw);
        if (iso.matches()) {
            return date(num(iso.group(1)), num(iso.group(2)), num(iso.group(3)));
        }
        Optional<LocalDate> onScreen = onScreenFormat(raw, language);
        if (onScreen.isPresent()) {
            return onScreen;
        }
        return new Reading(Vocabulary.of(language), today).read(fold(raw));
    }

    /** Lower case without accents, apostrophes or commas, one space between words: "П’ятниця," → "пятниця". */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String bare = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return bare.replaceAll("['’ʼ`´]", "").replace(',', ' ').replaceAll("\\s+", " ").strip();
    }

    private static Optional<LocalDate> onScreenFormat(String raw, Language language) {
        DateTimeFormatter format = new DateTimeFormatterBuilder().parseCaseInsensitive()
                .appendLocalized(FormatStyle.MEDIUM, null).toFormatter(language.locale());
        try {
            return Optional.of(LocalDate.parse(raw, format));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }

    /** One reading of folded text against one language's words. */
    private static final class Reading {
        private final Vocabulary words;
        private final LocalDate today;

        Reading(Vocabulary words, LocalDate today) {
            this.words = words;
            this.today = today;
        }

        Optional<LocalDate> read(String folded) {
            List<String> tokens = new ArrayList<>();
            int direction = 0;
            boolean ago = false;
            boolean lead = false;
            // "25th" → "25"; then "3d", "2w", "5дн" → "3 d", "2 w", "5 дн"
            String spaced = words.withoutOrdinals(folded).replaceAll("(?<=^|\\s)(\\d{1,4})(\\p{L}{1,12})(?=\\s|$)", "$1 $2");
            for (String token : spaced.split(" ")) {
                String word = token.matches(".*\\p{L}.*") ? token.replaceAll("\\.+$", "") : token;
                if (word.isEmpty() || words.fillers.contains(word)) {
                    continue;
                }
                if (words.leads.contains(word)) {
                    lead = true;
                } else if (words.agos.contains(word)) {
                    ago = true;
                } else if (words.isNext(word)) {
                    direction = direction == 0 ? 1 : 2;
                } else if (words.isLast(word)) {
                    direction = direction == 0 ? -1 : 2;
                } else {
                    tokens.add(word);
                }
            }
            if (tokens.isEmpty() || direction == 2) {
                return Optional.empty();
            }
            if (tokens.size() == 1 && !ago) {
                Optional<LocalDate> single = single(tokens.get(0), direction, lead);
                if (single.isPresent()) {
                    return single;
                }
            }
            if (direction != 0) {
                return Optional.empty();
            }
            Optional<LocalDate> span = span(tokens, ago, lead);
            return span.isPresent() ? span : lead || ago ? Optional.empty() : withMonthName(tokens);
        }

        private Optional<LocalDate> single(String token, int direction, boolean lead) {
            Optional<DayOfWeek> weekday = words.weekday(token);
            if (weekday.isPresent()) {
                return Optional.of(switch (direction) {
                    case 1 -> today.with(TemporalAdjusters.next(weekday.get()));
                    case -1 -> today.with(TemporalAdjusters.previous(weekday.get()));
                    default -> today.with(TemporalAdjusters.nextOrSame(weekday.get()));
                });
            }
            if (direction != 0 || lead) {
                return Optional.empty();
            }
            Integer offset = words.relative.get(token);
            if (offset != null) {
                return Optional.of(today.plusDays(offset));
            }
            Matcher plus = PLUS_DAYS.matcher(token);
            if (plus.matches()) {
                return Optional.of(today.plusDays(num(plus.group(1))));
            }
            return numeric(token);
        }

        /** "2 weeks", "a month", "через неделю" (an amount may be left out only after "in"). */
        private Optional<LocalDate> span(List<String> tokens, boolean ago, boolean lead) {
            if (tokens.size() > 2) {
                return Optional.empty();
            }
            long amount;
            if (tokens.size() == 1) {
                if (!lead && !ago) {
                    return Optional.empty();
                }
                amount = 1;
            } else if (NUMBER.matcher(tokens.get(0)).matches()) {
                amount = num(tokens.get(0));
            } else if (words.ones.contains(tokens.get(0))) {
                amount = 1;
            } else {
                return Optional.empty();
            }
            Optional<Unit> unit = words.unit(tokens.get(tokens.size() - 1));
            if (unit.isEmpty()) {
                return Optional.empty();
            }
            long days = unit.get().approximateDays * amount;
            if (days > MAX_DAYS) {
                return Optional.empty();
            }
            long signed = ago ? -amount : amount;
            return Optional.of(switch (unit.get()) {
                case DAY -> today.plusDays(signed);
                case WEEK -> today.plusWeeks(signed);
                case MONTH -> today.plusMonths(signed);
            });
        }

        /** "25.12", "12/25/26", "12-25" (lt) — the order each language writes day and month. */
        private Optional<LocalDate> numeric(String token) {
            Matcher m = NUMERIC.matcher(token);
            if (!m.matches()) {
                return Optional.empty();
            }
            String first = m.group(1);
            int a = num(first);
            int b = num(m.group(3));
            if (first.length() == 4) {
                return m.group(4) == null || m.group(4).length() > 2 ? Optional.empty() : date(a, b, num(m.group(4)));
            }
            if (first.length() == 3) {
                return Optional.empty();
            }
            boolean monthFirst = words.monthFirst(m.group(2).charAt(0));
            int day = monthFirst ? b : a;
            int month = monthFirst ? a : b;
            if (m.group(4) == null) {
                Optional<LocalDate> next = nextOccurrence(month, day);
                return next.isPresent() || !words.monthFirstFallsBack ? next : nextOccurrence(day, month);
            }
            String y = m.group(4);
            return date(y.length() == 2 ? 2000 + num(y) : num(y), month, day);
        }

        /** "25 dec", "dec 25, 2026", "25 декабря", "2026 m. gruodžio 25 d.". */
        private Optional<LocalDate> withMonthName(List<String> tokens) {
            if (tokens.size() < 2 || tokens.size() > 3) {
                return Optional.empty();
            }
            Integer day = null;
            Integer year = null;
            Month month = null;
            for (String t : tokens) {
                Optional<Month> named = words.month(t);
                if (named.isPresent() && month == null) {
                    month = named.get();
                } else if (NUMBER.matcher(t).matches() && t.length() <= 2 && day == null) {
                    day = num(t);
                } else if (NUMBER.matcher(t).matches() && t.length() == 4 && year == null) {
                    year = num(t);
                } else {
                    return Optional.empty();
                }
            }
            if (day == null || month == null) {
                return Optional.empty();
            }
            return year == null ? nextOccurrence(month.getValue(), day) : date(year, month.getValue(), day);
        }

        private Optional<LocalDate> nextOccurrence(int month, int day) {
            if (month < 1 || month > 12 || day < 1 || day > Month.of(month).maxLength()) {
                return Optional.empty();
            }
            MonthDay wanted = MonthDay.of(month, day);
            for (int year = today.getYear(); year <= today.getYear() + 8; year++) {
                if (wanted.isValidYear(year) && !wanted.atYear(year).isBefore(today)) {
                    return Optional.of(wanted.atYear(year));
                }
            }
            return Optional.empty();
        }
    }

    private enum Unit {
        DAY(1), WEEK(7), MONTH(31);

        final int approximateDays;

        Unit(int approximateDays) {
            this.approximateDays = approximateDays;
        }
    }

    /** One language's words for dates, folded like the text they are compared with. */
    private static final class Vocabulary {
        private static final Map<Language, Vocabulary> ALL = new EnumMap<>(Language.class);

        final Map<String, Integer> relative = new java.util.HashMap<>();
        final java.util.Set<String> fillers = new java.util.HashSet<>();
        final java.util.Set<String> leads = new java.util.HashSet<>();
        final java.util.Set<String> agos = new java.util.HashSet<>();
        final java.util.Set<String> ones = new java.util.HashSet<>();
        private final List<String> nextStems = new ArrayList<>();
        private final List<String> lastStems = new ArrayList<>();
        private final Map<String, DayOfWeek> weekdayForms = new java.util.HashMap<>();
        private final List<Map.Entry<String, DayOfWeek>> weekdayStems = new ArrayList<>();
        private final Map<String, Unit> unitForms = new java.util.HashMap<>();
        private final List<Map.Entry<String, Unit>> unitStems = new ArrayList<>();
        private final Map<String, Month> monthForms = new java.util.HashMap<>();
        private final List<Map.Entry<String, Month>> monthStems = new ArrayList<>();
        private String monthFirstSeparators = "";
        boolean monthFirstFallsBack;
        private boolean ordinals;

        static synchronized Vocabulary of(Language language) {
            return ALL.computeIfAbsent(language, Vocabulary::build);
        }

        boolean isNext(String word) {
            return nextStems.stream().anyMatch(word::startsWith);
        }

        boolean isLast(String word) {
            return lastStems.stream().anyMatch(word::startsWith);
        }

        /** "25th" → "25" where the language writes ordinals with letters. */
        String withoutOrdinals(String text) {
            return ordinals ? text.replaceAll("(?<=^|\\s)(\\d{1,2})(st|nd|rd|th)(?=\\s|$)", "$1") : text;
        }

        boolean monthFirst(char separator) {
            return monthFirstSeparators.indexOf(separator) >= 0;
        }

        Optional<DayOfWeek> weekday(String word) {
            DayOfWeek exact = weekdayForms.get(word);
            if (exact != null) {
                return Optional.of(exact);
            }
            return weekdayStems.stream().filter(e -> word.startsWith(e.getKey()) && word.length() <= e.getKey().length() + 3)
                    .map(Map.Entry::getValue).findFirst();
        }

        Optional<Unit> unit(String word) {
            Unit exact = unitForms.get(word);
            if (exact != null) {
                return Optional.of(exact);
            }
            return unitStems.stream().filter(e -> word.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst();
        }

        Optional<Month> month(String word) {
            Month exact = monthForms.get(word);
            if (exact != null) {
                return Optional.of(exact);
            }
            return monthStems.stream().filter(e -> word.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst();
        }

        private static Vocabulary build(Language language) {
            Vocabulary v = new Vocabulary();
            v.addCalendarNames(language.locale());
            switch (language) {
                case ENGLISH -> english(v);
                case LITHUANIAN -> lithuanian(v);
                case ROMANIAN -> romanian(v);
                case RUSSIAN -> russian(v);
                case UKRAINIAN -> ukrainian(v);
                default -> throw new IllegalStateException(language.toString());
            }
            return v;
        }

        /** The JDK's (CLDR's) own weekday and month names, full and short, in every grammatical form it has. */
        private void addCalendarNames(Locale locale) {
            for (TextStyle style : TextStyle.values()) {
                if (style == TextStyle.NARROW || style == TextStyle.NARROW_STANDALONE) {
                    continue;
                }
                for (DayOfWeek d : DayOfWeek.values()) {
                    weekdayForms.put(bare(d.getDisplayName(style, locale)), d);
                }
                for (Month m : Month.values()) {
                    String name = bare(m.getDisplayName(style, locale));
                    monthForms.put(name, m);
                    if (name.length() >= 3 && (style == TextStyle.SHORT || style == TextStyle.SHORT_STANDALONE)) {
                        monthStems.add(Map.entry(name, m));
                    }
                }
            }
        }

        private static String bare(String word) {
            return fold(word).replaceAll("\\.+$", "");
        }

        private void relative(int offset, String... forms) {
            for (String f : forms) {
                relative.put(fold(f), offset);
            }
        }

        private void words(java.util.Set<String> into, String... forms) {
            for (String f : forms) {
                into.add(fold(f));
            }
        }

        private void stems(List<String> into, String... forms) {
            for (String f : forms) {
                into.add(fold(f));
            }
        }

        private void weekday(DayOfWeek day, String... forms) {
            for (String f : forms) {
                weekdayForms.put(fold(f), day);
            }
        }

        private void weekdayStem(DayOfWeek day, String... stems) {
            for (String s : stems) {
                weekdayStems.add(Map.entry(fold(s), day));
            }
        }

        private void unit(Unit unit, String... forms) {
            for (String f : forms) {
                unitForms.put(fold(f), unit);
            }
        }

        private void unitStem(Unit unit, String... stems) {
            for (String s : stems) {
                unitStems.add(Map.entry(fold(s), unit));
            }
        }

        private static void english(Vocabulary v) {
            v.relative(0, "today");
            v.relative(1, "tomorrow", "tmr", "tmrw");
            v.relative(-1, "yesterday");
            v.words(v.fillers, "on", "by", "due", "until", "till", "this", "the", "coming", "of");
            v.words(v.leads, "in");
            v.words(v.agos, "ago");
            v.words(v.ones, "a", "an", "one");
            v.stems(v.nextStems, "next");
            v.stems(v.lastStems, "last", "past");
            v.weekday(DayOfWeek.TUESDAY, "tu", "tues");
            v.weekday(DayOfWeek.WEDNESDAY, "we");
            v.weekday(DayOfWeek.THURSDAY, "th", "thur", "thurs");
            v.weekday(DayOfWeek.FRIDAY, "fr");
            v.weekday(DayOfWeek.SATURDAY, "sa");
            v.weekday(DayOfWeek.SUNDAY, "su");
            v.unit(Unit.DAY, "d", "day", "days");
            v.unit(Unit.WEEK, "w", "wk", "wks", "week", "weeks");
            v.unit(Unit.MONTH, "mo", "month", "months");
            v.monthStems.add(Map.entry("sep", Month.SEPTEMBER));
            v.monthFirstSeparators = "/-";
            v.ordinals = true;
        }

        private static void lithuanian(Vocabulary v) {
            v.relative(0, "šiandien", "šiand");
            v.relative(1, "rytoj");
            v.relative(2, "poryt");
            v.relative(-1, "vakar");
            v.relative(-2, "užvakar");
            v.words(v.fillers, "iki", "ligi", "šį", "šią", "ši", "šis", "d", "m", "dieną");
            v.words(v.leads, "po", "už");
            v.words(v.agos, "prieš");
            v.words(v.ones, "vieną", "viena", "vienos", "vienai");
            v.stems(v.nextStems, "kitą", "kitas", "kito", "kitos", "kitam", "kitai", "ateinant", "ateisiant");
            v.stems(v.lastStems, "praėjus", "praeit", "praėj");
            v.weekdayStem(DayOfWeek.MONDAY, "pirmadien");
            v.weekdayStem(DayOfWeek.TUESDAY, "antradien");
            v.weekdayStem(DayOfWeek.WEDNESDAY, "trečiadien");
            v.weekdayStem(DayOfWeek.THURSDAY, "ketvirtadien");
            v.weekdayStem(DayOfWeek.FRIDAY, "penktadien");
            v.weekdayStem(DayOfWeek.SATURDAY, "šeštadien");
            v.weekdayStem(DayOfWeek.SUNDAY, "sekmadien");
            v.unit(Unit.DAY, "diena", "dieną", "dienos", "dienų", "dienas");
            v.unitStem(Unit.WEEK, "savait", "savaič");
            v.unitStem(Unit.MONTH, "mėnes", "mėn");
            // Lithuanian writes the year first (2026-12-25), so a bare 12-25 or 12.25 is month then day.
            v.monthFirstSeparators = "-./";
            v.monthFirstFallsBack = true;
        }

        private static void romanian(Vocabulary v) {
            v.relative(0, "azi", "astăzi");
            v.relative(1, "mâine");
            v.relative(2, "poimâine");
            v.relative(-1, "ieri");
            v.relative(-2, "alaltăieri");
            v.words(v.fillers, "pe", "până", "la", "pana", "data", "de", "ziua", "aceasta", "asta", "acest");
            v.words(v.leads, "în", "peste");
            v.words(v.agos, "acum");
            v.words(v.ones, "o", "un", "una");
            v.stems(v.nextStems, "viitoar", "viitor", "următo");
            v.stems(v.lastStems, "trecut");
            v.weekday(DayOfWeek.MONDAY, "luni", "lunea", "lun", "lu");
            v.weekday(DayOfWeek.TUESDAY, "marți", "marțea", "mar", "ma");
            v.weekday(DayOfWeek.WEDNESDAY, "miercuri", "miercurea", "mie", "mi");
            v.weekday(DayOfWeek.THURSDAY, "joi", "joia", "jo");
            v.weekday(DayOfWeek.FRIDAY, "vineri", "vinerea", "vin", "vi");
            v.weekday(DayOfWeek.SATURDAY, "sâmbătă", "sâmbăta", "sâm", "sa");
            v.weekday(DayOfWeek.SUNDAY, "duminică", "duminica", "dum", "du");
            v.unit(Unit.DAY, "zi", "zile", "ziua", "zilei");
            v.unitStem(Unit.WEEK, "săptămân");
            v.unit(Unit.MONTH, "lună", "luna", "luni", "lunii");
        }

        private static void russian(Vocabulary v) {
            v.relative(0, "сегодня");
            v.relative(1, "завтра");
            v.relative(2, "послезавтра");
            v.relative(-1, "вчера");
            v.relative(-2, "позавчера");
            v.words(v.fillers, "в", "во", "до", "к", "ко", "на", "этот", "эту", "это", "этой", "этого", "г", "года", "числа");
            v.words(v.leads, "через", "за");
            v.words(v.agos, "назад");
            v.words(v.ones, "один", "одну", "одна", "одни");
            v.stems(v.nextStems, "следующ", "ближайш");
            v.stems(v.lastStems, "прошл", "прошедш");
            v.weekday(DayOfWeek.MONDAY, "пн");
            v.weekday(DayOfWeek.TUESDAY, "вт");
            v.weekday(DayOfWeek.WEDNESDAY, "ср");
            v.weekday(DayOfWeek.THURSDAY, "чт");
            v.weekday(DayOfWeek.FRIDAY, "пт");
            v.weekday(DayOfWeek.SATURDAY, "сб");
            v.weekday(DayOfWeek.SUNDAY, "вс");
            v.weekdayStem(DayOfWeek.MONDAY, "понедельник");
            v.weekdayStem(DayOfWeek.TUESDAY, "вторник");
            v.weekdayStem(DayOfWeek.WEDNESDAY, "сред");
            v.weekdayStem(DayOfWeek.THURSDAY, "четверг");
            v.weekdayStem(DayOfWeek.FRIDAY, "пятниц");
            v.weekdayStem(DayOfWeek.SATURDAY, "суббот");
            v.weekdayStem(DayOfWeek.SUNDAY, "воскресен");
            v.unit(Unit.DAY, "д", "день", "дня", "дней", "дн");
            v.unitStem(Unit.WEEK, "недел", "нед");
            v.unitStem(Unit.MONTH, "месяц", "мес");
        }

        private static void ukrainian(Vocabulary v) {
            v.relative(0, "сьогодні");
            v.relative(1, "завтра");
            v.relative(2, "післязавтра");
            v.relative(-1, "вчора", "учора");
            v.relative(-2, "позавчора");
            v.words(v.fillers, "в", "у", "до", "на", "цей", "цю", "це", "цього", "цієї", "р", "року", "числа");
            v.words(v.leads, "через", "за");
            v.words(v.agos, "тому");
            v.words(v.ones, "один", "одну", "одна", "одні");
            v.stems(v.nextStems, "наступн", "найближч");
            v.stems(v.lastStems, "минул");
            v.weekday(DayOfWeek.MONDAY, "пн");
            v.weekday(DayOfWeek.TUESDAY, "вт");
            v.weekday(DayOfWeek.WEDNESDAY, "ср");
            v.weekday(DayOfWeek.THURSDAY, "чт");
            v.weekday(DayOfWeek.FRIDAY, "пт");
            v.weekday(DayOfWeek.SATURDAY, "сб");
            v.weekday(DayOfWeek.SUNDAY, "нд");
            v.weekdayStem(DayOfWeek.MONDAY, "понеділ");
            v.weekdayStem(DayOfWeek.TUESDAY, "вівтор");
            v.weekdayStem(DayOfWeek.WEDNESDAY, "серед");
            v.weekdayStem(DayOfWeek.THURSDAY, "четвер");
            v.weekdayStem(DayOfWeek.FRIDAY, "пʼятниц");
            v.weekdayStem(DayOfWeek.SATURDAY, "субот");
            v.weekdayStem(DayOfWeek.SUNDAY, "неділ");
            v.unit(Unit.DAY, "д", "день", "дні", "днів", "дня", "доба", "добу", "дн");
            v.unitStem(Unit.WEEK, "тижд", "тижн", "тиж");
            v.unitStem(Unit.MONTH, "місяц", "місяць", "міс");
        }
    }
}
