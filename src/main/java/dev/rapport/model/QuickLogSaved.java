package dev.rapport.model;

import java.util.List;

/** What one quick-log line stored: the entry, and the promises (linked to it), requests and problems said in it. */
public record QuickLogSaved(QuickLogDraft draft, Interaction entry, List<Promise> promises, List<Request> requests,
                            List<Problem> problems) {

    public QuickLogSaved {
        promises = List.copyOf(promises);
        requests = List.copyOf(requests);
        problems = List.copyOf(problems);
    }
}
