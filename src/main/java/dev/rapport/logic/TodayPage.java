package dev.rapport.logic;

import dev.rapport.i18n.I18n;
import dev.rapport.model.ClientOverview;
import dev.rapport.model.DatedEvent;
import dev.rapport.model.HealthAlert;
import dev.rapport.model.TodayItem;
import dev.rapport.model.TodayItem.Group;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the Today screen shows, built in one place so `rapport today` shows the same: the
 * day's items and losing-touch clients, the investigate alerts with what to look at first, which
 * coming dates are birthdays, and how many damaged rows were left out.
 */
public record TodayPage(TodayItem.Day day, List<Alert> alerts, Set<Long> birthdays, int leftOut) {
    /** An attribute scoring below this is weak enough for an alert to name. */
    private static final double WEAK_SCORE = 2.0;
    private static final int WEAKEST_SHOWN = 2;

    public TodayPage {
        alerts = List.copyOf(alerts);
        birthdays = Set.copyOf(birthdays);
    }

    /** The page as the journal stands now. */
    public static TodayPage of(JournalSession session) {
        TodayItem.Day day = session.todayList().today();
        return new TodayPage(day, alerts(session), birthdays(session, day), session.leftOut());
    }

    /** An investigate alert with what to look at first: the client's open problems and weakest attributes. */
    public record Alert(HealthAlert alert, long openProblems, List<String> weakest) {
        public Alert {
            weakest = List.copyOf(weakest);
        }

        /** What to look at first, in a line: "2 open problems · weakest: Reporting". */
        public String look() {
            if (alert.clientId() == null) {
                return I18n.t("today.alert.allClients");
            }
            String look = I18n.plural("today.alert.openProblems", openProblems);
            return weakest.isEmpty() ? look : look + " · " + I18n.t("today.alert.weakest", String.join(", ", weakest));
        }
    }

    /** The sections of the screen, in the order it shows them (empty ones are left out). */
    public enum Section {
        INVESTIGATE, LOSING_TOUCH, WRITE_UPS, MEETINGS, OVERDUE, TODAY, THIS_WEEK
    }

    /** Nothing at all to show: no item, no drifting client, no alert. */
    public boolean isEmpty() {
        return day.isEmpty() && alerts.isEmpty();
    }

    /** The sections with something in them, in screen order. */
    public List<Section> sections() {
        List<Section> out = new ArrayList<>();
        if (!alerts.isEmpty()) {
            out.add(Section.INVESTIGATE);
        }
        if (!day.losingTouch().isEmpty()) {
            out.add(Section.LOSING_TOUCH);
        }
        for (Section s : List.of(Section.WRITE_UPS, Section.MEETINGS, Section.OVERDUE, Section.TODAY, Section.THIS_WEEK)) {
            if (!items(s).isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * The items of an item section: ended meetings to write up and coming meetings apart, the rest by
     * urgency group, most urgent first. The alert and losing-touch sections hold no items.
     */
    public List<TodayItem> items(Section section) {
        return switch (section) {
            case INVESTIGATE, LOSING_TOUCH -> List.of();
            case WRITE_UPS -> day.items().stream().filter(TodayPage::isWriteUp).toList();
            case MEETINGS -> day.items().stream().filter(TodayPage::isMeeting).toList();
            case OVERDUE -> inGroup(Group.OVERDUE);
            case TODAY -> inGroup(Group.TODAY);
            case THIS_WEEK -> inGroup(Group.THIS_WEEK);
        };
    }

    public List<ClientOverview> losingTouch() {
        return day.losingTouch();
    }

    /** A coming date that is someone's birthday (its icon is a gift). */
    public boolean isBirthday(TodayItem item) {
        return item.kind() == TodayItem.Kind.DATE_COMING && birthdays.contains(item.itemId());
    }

    private List<TodayItem> inGroup(Group g) {
        return day.items().stream().filter(i -> i.group() == g && !isMeeting(i) && !isWriteUp(i)).toList();
    }

    private static boolean isMeeting(TodayItem i) {
        return i.kind() == TodayItem.Kind.MEETING_UNBRIEFED || i.kind() == TodayItem.Kind.MEETING_BRIEFED;
    }

    private static boolean isWriteUp(TodayItem i) {
        return i.kind() == TodayItem.Kind.WRITE_UP;
    }

    private static List<Alert> alerts(JournalSession session) {
        List<Alert> out = new ArrayList<>();
        for (HealthAlert a : session.health().alerts()) {
            if (a.clientId() == null) {
                out.add(new Alert(a, 0, List.of()));
                continue;
            }
            long open = session.ledger().problems(a.clientId()).stream().filter(p -> p.isOpen()).count();
            List<String> weakest = session.health().attributeStates(a.clientId()).stream()
                    .filter(st -> st.score() != null && st.score() < WEAK_SCORE).limit(WEAKEST_SHOWN).map(st -> st.item().name()).toList();
            out.add(new Alert(a, open, weakest));
        }
        return out;
    }

    private static Set<Long> birthdays(JournalSession session, TodayItem.Day day) {
        Set<Long> clients = new HashSet<>();
        Set<Long> dateItems = new HashSet<>();
        for (TodayItem i : day.items()) {
            if (i.kind() == TodayItem.Kind.DATE_COMING) {
                clients.add(i.clientId());
                dateItems.add(i.itemId());
            }
        }
        Set<Long> out = new HashSet<>();
        for (long client : clients) {
            session.dates().forClient(client).stream()
                    .filter(e -> e.kind() == DatedEvent.Kind.BIRTHDAY && dateItems.contains(e.id()))
                    .forEach(e -> out.add(e.id()));
        }
        return out;
    }
}
