package dev.rapport.model;

import java.util.List;

/**
 * One thing that needs the consultant now. minutesLate is how far past its deadline it is
 * (negative: how long is left), so the most urgent sort first within a group.
 */
public record TodayItem(Group group, Kind kind, long itemId, long clientId, String clientName, String title,
                        String detail, long minutesLate) {

    public enum Group {
        OVERDUE, TODAY, THIS_WEEK;

        public String label() {
            return dev.rapport.i18n.I18n.t("model.todayGroup." + Text.key(this));
        }
    }

    public enum Kind {
        PROMISE_DUE, PROMISE_UNREPORTED, REQUEST_ACKNOWLEDGE, REQUEST_ANSWER, PROBLEM_DUE, RESOLUTION_UNREPORTED, KEEP_IN_TOUCH,
        /** A detractor's (or dropped) survey answer to acknowledge, then to talk through with the client; itemId is the answer's. */
        FOLLOW_UP_ACKNOWLEDGE, FOLLOW_UP_TALK,
        /** A date that matters within the week; itemId is the dated event's. */
        DATE_COMING,
        /** A planned meeting this week whose brief was not opened yet; itemId is the meeting's. */
        MEETING_UNBRIEFED,
        /** A planned meeting today or tomorrow whose brief was opened already; itemId is the meeting's. */
        MEETING_BRIEFED,
        /** A meeting with the client's people that has ended and waits for its write-up; itemId is the meeting's. */
        WRITE_UP
    }

    /** Everything for one day: the grouped items, most urgent first, and the clients drifting out of touch. */
    public record Day(java.time.LocalDate date, List<TodayItem> items, List<ClientOverview> losingTouch) {
        public boolean isEmpty() {
            return items.isEmpty() && losingTouch.isEmpty();
        }

        /** What the rail's badge counts: overdue and due today. */
        public int dueCount() {
            return (int) items.stream().filter(i -> i.group() != Group.THIS_WEEK).count();
        }
    }
}
