package dev.rapport.model;

import java.util.List;

/**
 * What a merge of two contacts changed, so it can be undone this session: the surviving contact
 * as it was, the merged-away contact as it was, and the rows that were moved from it.
 * interactionsJoined are the journal entries the survivor was added to (the merged-away contact
 * was present and the survivor was not); interactionsShared had both present. The survivor takes
 * the other's roles (rolesAdded: the copies made; a role at a client where the survivor holds one
 * with the same end is not copied twice) and tags (tagsAdded: those it did not have).
 */
public record ContactMerge(Contact survivorBefore, Contact survivorAfter, Contact removed, List<Long> interactionsJoined,
                           List<Long> interactionsShared, List<Long> promises, List<Long> requests, List<Long> answers, List<Long> dates,
                           List<ContactRole> removedRoles, List<Long> rolesAdded, List<String> removedTags, List<String> tagsAdded) {

    public ContactMerge {
        interactionsJoined = List.copyOf(interactionsJoined);
        interactionsShared = List.copyOf(interactionsShared);
        promises = List.copyOf(promises);
        requests = List.copyOf(requests);
        answers = List.copyOf(answers);
        dates = List.copyOf(dates);
        removedRoles = List.copyOf(removedRoles);
        rolesAdded = List.copyOf(rolesAdded);
        removedTags = List.copyOf(removedTags);
        tagsAdded = List.copyOf(tagsAdded);
    }

    /** "3 journal entries, 1 promise, 0 requests, 2 survey answers" moved. */
    public String movedText() {
        int entries = interactionsJoined.size() + interactionsShared.size();
        return entries + (entries == 1 ? " journal entry, " : " journal entries, ") + promises.size()
                + (promises.size() == 1 ? " promise, " : " promises, ") + requests.size()
                + (requests.size() == 1 ? " request, " : " requests, ") + answers.size()
                + (answers.size() == 1 ? " survey answer" : " survey answers");
    }
}
