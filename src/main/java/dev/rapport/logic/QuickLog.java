package dev.rapport.logic;

import dev.rapport.i18n.DatePhrases;
import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.i18n.LocalFormats;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Interaction;
import dev.rapport.model.Limits;
import dev.rapport.model.Problem;
import dev.rapport.model.ProblemStatus;
import dev.rapport.model.Promise;
import dev.rapport.model.PromiseOutcome;
import dev.rapport.model.QuickLogDraft;
import dev.rapport.model.QuickLogDraft.Clause;
import dev.rapport.model.QuickLogDraft.Issue;
import dev.rapport.model.QuickLogDraft.Kind;
import dev.rapport.model.QuickLogSaved;
import dev.rapport.model.RaisedBy;
import dev.rapport.model.Request;
import dev.rapport.model.Severity;
import dev.rapport.model.Text;
import dev.rapport.model.ValidationException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The quick-log line (issue 16, README "Quick log"):
 * {@code nor call: sent the draft; promise: revised budget by fri @ilona}. {@link #parse} says what
 * a line would save, or what is wrong with it, part by part; {@link #save} stores the entry with its
 * promises (linked to it), requests and problems in one transaction. The same for the window's
 * Ctrl+L line and {@code rapport log}. Clients are read once, so parsing on each key stays cheap.
 */
public final class QuickLog {
    private static final Pattern MENTION = Pattern.compile("@([\\p{L}\\p{N}_.'’-]+)");
    private static final Pattern CLAUSE = Pattern.compile("^([\\p{L}\\p{N}.-]+)\\s*:(.*)$", Pattern.DOTALL);

    private final JournalSession session;
    private final List<Client> clients;
    private final Map<Long, List<Contact>> peopleAt = new HashMap<>();
    private final QuickLogWords words = QuickLogWords.get();

    private QuickLog(JournalSession session) {
        this.session = session;
        this.clients = session.clients().all();
    }

    /** A quick log over the journal's clients as they are now. */
    public static QuickLog of(JournalSession session) {
        return new QuickLog(session);
    }

    // ---- parsing

    public QuickLogDraft parse(String line) {
        return new Parse(Text.clean(line).replaceAll("\\s+", " ")).run();
    }

    /** One parse: collects the parts and every issue, so the preview can show all that is wrong at once. */
    private final class Parse {
        private final String line;
        private final List<Issue> issues = new ArrayList<>();
        private final LocalDate today = session.today();
        private Client client;
        private Channel channel;
        private final Set<Contact> people = new LinkedHashSet<>();
        private final List<String> text = new ArrayList<>();
        private final List<Clause> clauses = new ArrayList<>();

        Parse(String line) {
            this.line = line;
        }

        QuickLogDraft run() {
            if (line.isEmpty()) {
                issue("line", I18n.t("quickLog.issue.empty"));
                return draft();
            }
            String[] segments = line.split(";");
            List<String> entryMentions = mentions(segments[0]);
            entry(withoutMentions(segments[0]));
            List<String[]> clauseParts = new ArrayList<>();
            for (int i = 1; i < segments.length; i++) {
                String segment = segments[i].strip();
                Matcher m = CLAUSE.matcher(withoutMentions(segment));
                if (m.matches() && words.clause(m.group(1)).isPresent()) {
                    clauseParts.add(new String[]{m.group(1), m.group(2).strip(), segment});
                } else if (m.matches()) {
                    issue("line", I18n.t("quickLog.issue.unknownClause", m.group(1), QuickLogWords.clauseHint()));
                } else if (!segment.isEmpty()) {
                    // a semicolon inside the entry's own text
                    entryMentions.addAll(mentions(segment));
                    text.add(withoutMentions(segment));
                }
            }
            String entryText = String.join("; ", text).strip();
            if (entryText.isEmpty() && issues.stream().noneMatch(i -> i.part().equals("line"))) {
                issue("entry", I18n.t("quickLog.issue.noText"));
            }
            for (String mention : entryMentions) {
                person(mention).ifPresent(people::add);
            }
            for (String[] c : clauseParts) {
                clause(words.clause(c[0]).orElseThrow(), c[1], mentions(c[2]));
            }
            if (issues.isEmpty()) {
                validate();
            }
            return draft();
        }

        private QuickLogDraft draft() {
            return new QuickLogDraft(line, client, channel, List.copyOf(people), String.join("; ", text).strip(), clauses, issues);
        }

        /** "nor call: sent the draft", or without the colon "nor call sent the draft". */
        private void entry(String segment) {
            String head;
            String body;
            int colon = segment.indexOf(':');
            if (colon >= 0) {
                head = segment.substring(0, colon).strip();
                body = segment.substring(colon + 1).strip();
            } else {
                List<String> w = Arrays.asList(segment.strip().split(" "));
                int at = 1;
                while (at < w.size() && words.channel(w.get(at)).isEmpty()) {
                    at++;
                }
                head = String.join(" ", w.subList(0, Math.min(at + 1, w.size())));
                body = at + 1 < w.size() ? String.join(" ", w.subList(at + 1, w.size())) : "";
            }
            if (!body.isEmpty()) {
                text.add(body);
            }
            head(head.isEmpty() ? List.of() : Arrays.asList(head.split(" ")));
        }

        private void head(List<String> headWords) {
            if (headWords.isEmpty()) {
                issue("client", I18n.t("quickLog.issue.clientMissing"));
                issue("channel", I18n.t("quickLog.issue.noChannel", QuickLogWords.channelHint()));
                return;
            }
            String last = headWords.get(headWords.size() - 1);
            Optional<Channel> said = words.channel(last);
            if (said.isPresent()) {
                channel = said.get();
                if (headWords.size() == 1) {
                    issue("client", I18n.t("quickLog.issue.clientMissing"));
                } else {
                    client(String.join(" ", headWords.subList(0, headWords.size() - 1)));
                }
                return;
            }
            // no channel word: the whole head may be the client, else the last word was meant as the channel
            List<Client> whole = matches(clients, Client::name, String.join(" ", headWords));
            if (whole.size() == 1 || headWords.size() == 1) {
                client(String.join(" ", headWords));
                issue("channel", I18n.t("quickLog.issue.noChannel", QuickLogWords.channelHint()));
            } else {
                client(String.join(" ", headWords.subList(0, headWords.size() - 1)));
                issue("channel", I18n.t("quickLog.issue.unknownChannel", last, QuickLogWords.channelHint()));
            }
        }

        private void client(String prefix) {
            List<Client> found = matches(clients, Client::name, prefix);
            if (found.size() == 1) {
                client = found.get(0);
            } else if (found.isEmpty()) {
                issue("client", I18n.t("quickLog.issue.noClient", prefix));
            } else {
                issue("client", I18n.t("quickLog.issue.ambiguousClient", prefix, names(found, Client::name)));
            }
        }

        private Optional<Contact> person(String mention) {
            if (client == null) {
                return Optional.empty();
            }
            List<Contact> here = peopleAt.computeIfAbsent(client.id(), id -> session.contacts().forClient(id));
            List<Contact> found = matches(here, Contact::name, mention.replace('_', ' ').replace('.', ' '));
            if (found.size() == 1) {
                return Optional.of(found.get(0));
            }
            if (found.isEmpty()) {
                issue("person", I18n.t("quickLog.issue.noPerson", client.name(), mention,
                        here.isEmpty() ? "—" : names(here, Contact::name)));
            } else {
                issue("person", I18n.t("quickLog.issue.ambiguousPerson", mention, names(found, Contact::name)));
            }
            return Optional.empty();
        }

        private void clause(Kind kind, String body, List<String> mentionsHere) {
            String part = Text.key(kind);
            Contact person = null;
            for (String mention : mentionsHere) {
                Optional<Contact> p = person(mention);
                if (p.isPresent()) {
                    people.add(p.get());
                    person = person == null ? p.get() : person;
                }
            }
            String what = body;
            LocalDate due = null;
            if (kind != Kind.REQUEST) {
                Due found = due(body, kind == Kind.PROMISE);
                if (found.date != null) {
                    what = found.before;
                    due = found.date;
                    if (due.isBefore(today)) {
                        issue(part, I18n.t("quickLog.issue.pastDate", LocalFormats.date(due, I18n.messages().locale())));
                    }
                } else if (kind == Kind.PROMISE) {
                    issue(part, found.tried == null ? I18n.t("quickLog.issue.noDue", QuickLogWords.firstByWord())
                            : I18n.t("quickLog.issue.badDate", found.tried));
                }
            }
            if (what.isEmpty()) {
                issue(part, I18n.t("quickLog.issue.noClauseText"));
            }
            clauses.add(new Clause(kind, what, due, person));
        }

        /** Builds what would be stored, so a rule of the records (a title too long…) is named before Enter. */
        private void validate() {
            java.time.ZonedDateTime now = java.time.ZonedDateTime.now(session.clock());
            try {
                entryRecord(draft(), now);
            } catch (ValidationException e) {
                issue("entry", e.getMessage());
            }
            for (Clause c : clauses) {
                try {
                    switch (c.kind()) {
                        case PROMISE -> promiseRecord(client, c, today);
                        case REQUEST -> requestRecord(client, channel, c, session.clock().instant());
                        case PROBLEM -> problemRecord(client, c, today);
                    }
                } catch (ValidationException e) {
                    issue(Text.key(c.kind()), e.getMessage());
                }
            }
        }

        private void issue(String part, String message) {
            issues.add(new Issue(part, I18n.t("quickLog.part." + part) + ": " + message));
        }

        /**
         * The last "by …" whose rest reads as a date ("by fri", "iki penktadienio", "до п'ятниці"), else
         * for a promise a date closing the text without one ("call back tomorrow"); with neither, what the last
         * "by" was followed by (null when there is none), to name in the message.
         */
        private Due due(String body, boolean bareDateToo) {
            List<String> w = body.isEmpty() ? List.of() : Arrays.asList(body.split(" "));
            String tried = null;
            for (int i = w.size() - 2; i >= 0; i--) {
                for (Map.Entry<String, List<Language>> by : words.byWords().entrySet()) {
                    int length = by.getKey().split(" ").length;
                    if (i + length >= w.size()
                            || !ClientService.matchKey(String.join(" ", w.subList(i, i + length))).equals(by.getKey())) {
                        continue;
                    }
                    String rest = String.join(" ", w.subList(i + length, w.size()));
                    String withBy = String.join(" ", w.subList(i, w.size()));
                    Optional<LocalDate> date = date(rest, by.getValue()).or(() -> date(withBy, by.getValue()));
                    if (date.isPresent()) {
                        return new Due(String.join(" ", w.subList(0, i)), date.get(), null);
                    }
                    tried = tried == null ? rest : tried;
                }
            }
            if (tried == null && bareDateToo) {
                for (int k = Math.min(3, w.size() - 1); k >= 1; k--) {
                    Optional<LocalDate> date = date(String.join(" ", w.subList(w.size() - k, w.size())), List.of());
                    if (date.isPresent()) {
                        return new Due(String.join(" ", w.subList(0, w.size() - k)), date.get(), null);
                    }
                }
            }
            return new Due(body, null, tried);
        }

        /** The screen's language first, then the "by" word's, then any: "до пт" is Russian or Ukrainian. */
        private Optional<LocalDate> date(String phrase, List<Language> languages) {
            Set<Language> order = new LinkedHashSet<>();
            order.add(I18n.language());
            order.addAll(languages);
            order.addAll(List.of(Language.values()));
            for (Language language : order) {
                Optional<LocalDate> d = DatePhrases.parse(phrase, language, today);
                if (d.isPresent()) {
                    return d;
                }
            }
            return Optional.empty();
        }
    }

    private record Due(String before, LocalDate date, String tried) {
    }

    private static List<String> mentions(String segment) {
        List<String> out = new ArrayList<>();
        Matcher m = MENTION.matcher(segment);
        while (m.find()) {
            out.add(m.group(1).replaceAll("[.'’-]+$", ""));
        }
        return out;
    }

    private static String withoutMentions(String segment) {
        return MENTION.matcher(segment).replaceAll("").replaceAll("\\s+", " ").strip();
    }

    /**
     * The items a typed prefix means, ignoring case and accents in any alphabet: an exact name
     * wins, then names starting with it, then names with a word starting with it.
     */
    static <T> List<T> matches(List<T> items, Function<T, String> name, String prefix) {
        String key = ClientService.matchKey(prefix);
        if (key.isEmpty()) {
            return List.of();
        }
        List<T> exact = items.stream().filter(i -> ClientService.matchKey(name.apply(i)).equals(key)).toList();
        if (!exact.isEmpty()) {
            return exact;
        }
        List<T> starts = items.stream().filter(i -> ClientService.matchKey(name.apply(i)).startsWith(key)).toList();
        if (!starts.isEmpty()) {
            return starts;
        }
        return items.stream().filter(i -> Arrays.stream(ClientService.matchKey(name.apply(i)).split("[\\s\\p{Punct}]+"))
                .anyMatch(word -> word.startsWith(key))).toList();
    }

    private static <T> String names(List<T> items, Function<T, String> name) {
        return items.stream().limit(10).map(name).collect(Collectors.joining(", "));
    }

    // ---- saving

    /** Parses and saves a line; a line with an issue saves nothing and throws the first issue. */
    public QuickLogSaved save(String line) {
        return save(parse(line));
    }

    /** Stores the entry, then its promises (linked to it), requests and problems: all of them, or none. */
    public QuickLogSaved save(QuickLogDraft draft) {
        if (!draft.isValid()) {
            Issue first = draft.issues().get(0);
            throw new ValidationException(first.part(), first.message());
        }
        // now, in the zone of the session's clock: this machine's
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(session.clock());
        LocalDate today = session.today();
        List<Promise> promises = new ArrayList<>();
        List<Request> requests = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Clause c : draft.clauses()) {
            switch (c.kind()) {
                case PROMISE -> promises.add(promiseRecord(draft.client(), c, today));
                case REQUEST -> requests.add(requestRecord(draft.client(), draft.channel(), c, session.clock().instant()));
                case PROBLEM -> problems.add(problemRecord(draft.client(), c, today));
            }
        }
        // the entry sheet's path: one transaction, every item linked to the entry
        ConversationService.Logged logged = session.conversations().save(entryRecord(draft, now), promises, requests, problems);
        return new QuickLogSaved(draft, logged.entry(), logged.promises(), logged.requests(), logged.problems());
    }

    /** The entry: its text is the title, and when longer than a title may be, the summary too. */
    private static Interaction entryRecord(QuickLogDraft d, java.time.ZonedDateTime now) {
        String title = d.text();
        String summary = "";
        if (title.length() > Limits.NAME) {
            summary = title;
            int cut = title.lastIndexOf(' ', Limits.NAME - 1);
            title = title.substring(0, cut > Limits.NAME / 2 ? cut : Limits.NAME - 1).strip() + "…";
        }
        return new Interaction(0, d.client() == null ? 0 : d.client().id(), now, d.channel(), title, summary, "",
                List.of(), null, d.people().stream().map(Contact::id).toList());
    }

    private static Promise promiseRecord(Client client, Clause c, LocalDate today) {
        return new Promise(0, client.id(), c.person() == null ? null : c.person().id(), null, c.text(), today, c.due(),
                null, PromiseOutcome.OPEN, null, Set.of(), "", null, "", List.of());
    }

    private static Request requestRecord(Client client, Channel channel, Clause c, Instant now) {
        return new Request(0, client.id(), c.person() == null ? null : c.person().id(), now, channel, "",
                List.of(c.text()), null, null, List.of(), false);
    }

    private static Problem problemRecord(Client client, Clause c, LocalDate today) {
        return new Problem(0, client.id(), RaisedBy.CLIENT, today, c.text(), "", "", Severity.MEDIUM, c.due(), "",
                ProblemStatus.OPEN, null, null, "", "");
    }
}
