package dev.rapport.model;

import dev.rapport.i18n.I18n;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One journal entry. The summary may be shared with the client; the private notes never leave the app.
 * {@code moment} is when it happened, to the minute: the instant with the zone it was written in.
 * The wall-clock time shown ({@link #occurredAt()}) is the instant in that zone, whatever the
 * machine reading it; figures comparing it with requests or now use {@link #instant()}.
 */
public record Interaction(long id, long clientId, ZonedDateTime moment, Channel channel, String title,
                          String summary, String privateNotes, List<String> tags, Mood mood,
                          List<Long> contactIds) {

    public Interaction {
        if (clientId <= 0) {
            throw new ValidationException("client", I18n.t("validation.clientMissing"));
        }
        moment = Check.notNull("occurredAt", "dateAndTime", moment).truncatedTo(ChronoUnit.MINUTES);
        if (moment.getYear() < 1900 || moment.getYear() > 2999) {
            throw new ValidationException("occurredAt", I18n.t("validation.interaction.dateOutOfRange", I18n.date(moment.toLocalDate())));
        }
        channel = Check.notNull("channel", "channel", channel);
        title = Check.required("title", "title", title, Limits.NAME);
        summary = Check.limit("summary", "summary", summary, Limits.LONG_TEXT);
        privateNotes = Check.limit("privateNotes", "privateNotes", privateNotes, Limits.LONG_TEXT);
        tags = normaliseTags(tags);
        contactIds = contactIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(contactIds));
    }

    /** An entry written on this machine: its wall-clock time is read in the machine's zone (for the forms, the CLI and older files). */
    public Interaction(long id, long clientId, LocalDateTime occurredAt, Channel channel, String title,
                       String summary, String privateNotes, List<String> tags, Mood mood, List<Long> contactIds) {
        this(id, clientId, Moments.here(occurredAt), channel, title, summary, privateNotes, tags, mood, contactIds);
    }

    /** The wall-clock time as written, in the entry's own zone. */
    public LocalDateTime occurredAt() {
        return moment.toLocalDateTime();
    }

    /** The zone the entry was written in. */
    public ZoneId zone() {
        return moment.getZone();
    }

    /** When it happened, as an instant: what figures compare with requests and now. */
    public Instant instant() {
        return moment.toInstant();
    }

    public Interaction withId(long newId) {
        return new Interaction(newId, clientId, moment, channel, title, summary, privateNotes, tags, mood, contactIds);
    }

    public Interaction withContacts(List<Long> newContactIds) {
        return new Interaction(id, clientId, moment, channel, title, summary, privateNotes, tags, mood, newContactIds);
    }

    // Compiled once: every entry read from the journal passes its tags through here (a page of 50 entries compiled 100 patterns).
    private static final java.util.regex.Pattern LEADING_HASHES = java.util.regex.Pattern.compile("^#+");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** Tags are lower-case single words; '#' and duplicates are dropped. */
    public static List<String> normaliseTags(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String t : raw) {
            String tag = SPACES.matcher(LEADING_HASHES.matcher(Text.clean(t)).replaceFirst("").toLowerCase(Locale.ROOT)).replaceAll("-");
            if (tag.isEmpty()) {
                continue;
            }
            if (tag.length() > 40) {
                throw new ValidationException("tags", I18n.t("validation.interaction.tagTooLong", tag.substring(0, 20)));
            }
            out.add(tag);
        }
        if (out.size() > Limits.TAGS) {
            throw new ValidationException("tags", I18n.t("validation.interaction.tooManyTags", Integer.toString(Limits.TAGS)));
        }
        return List.copyOf(new ArrayList<>(out));
    }

    /** Splits "a, b #c" into tags. */
    public static List<String> parseTags(String text) {
        if (Text.isBlank(text)) {
            return List.of();
        }
        return normaliseTags(List.of(text.split("[,;\\s]+")));
    }
}
