package dev.rapport.logic;

import dev.rapport.model.AttributeState;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.Problem;
import dev.rapport.model.Promise;
import dev.rapport.model.Request;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the consultant takes into a meeting with one client (DOMAIN §6): everything open, the last
 * contacts, the weakest attributes with their prompts, the question to ask and the people attending.
 * For the consultant's eyes only (it may quote contacts' notes), never for the client.
 */
public record Brief(Client client, LocalDate today, java.time.ZoneId zone, LocalDateTime meetingAt, List<Promise> promises, int overduePromises,
                    List<Problem> openProblems, List<Request> unansweredRequests, List<Recent> lastInteractions,
                    List<Weak> weakest, String question, List<Person> people, Coming nextMeeting) {

    public Brief {
        promises = List.copyOf(promises);
        openProblems = List.copyOf(openProblems);
        unansweredRequests = List.copyOf(unansweredRequests);
        lastInteractions = List.copyOf(lastInteractions);
        weakest = List.copyOf(weakest);
        people = List.copyOf(people);
    }

    /** One recent interaction: when, how, what about (its shareable summary, never private notes). */
    public record Recent(LocalDateTime at, Channel channel, String title, String summary, List<String> with) {
        public Recent {
            with = List.copyOf(with);
        }
    }

    /** A weak attribute: its name, the latest rating's words, and the checklist prompt to ask yourself. */
    public record Weak(String name, String latest, LocalDate latestOn, String prompt, AttributeState state) {
    }

    /**
     * The next planned meeting with the client (issue 23): its title, its start (the instant with the zone
     * it was written in) and the client's people on the invitation. Null on a brief when none is planned.
     */
    public record Coming(String title, java.time.ZonedDateTime starts, List<String> with) {
        public Coming {
            with = List.copyOf(with);
        }
    }

    /** Someone attending (or, with no meeting given, each of the client's people). */
    public record Person(String name, String role, Channel preferredChannel, String timeZone, String notes,
                         boolean contextCarrier) {
    }

    /** True when an open promise's due date is before today. */
    public boolean isOverdue(Promise p) {
        return p.isOverdue(today);
    }
}
