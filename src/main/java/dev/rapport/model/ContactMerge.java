package dev.rapport.model;

import java.util.List;

/**
 * What a merge of two contacts changed, so it can be undone this session: the surviving contact
 * as it was, the merged-away contact as it was, and the rows that were moved from it.
 * interactionsJoined are the journal entries the survivor was added to (the merged-away contact
 * was present and the survivor was not); interactionsShared had both present. The survivor takes
 * the other's roles (rolesAdded: the copies made; a role at a client where the survivor holds one
 * with the same end is not copied twice) and tags (tagsAdded: those it did not have), and what mail
 * knows of the other: their emails, language and mail messages ({@link Mail}).
 */
public record ContactMerge(Contact survivorBefore, Contact survivorAfter, Contact removed, List<Long> interactionsJoined,
                           List<Long> interactionsShared, List<Long> promises, List<Long> requests, List<Long> answers, List<Long> dates,
                           List<ContactRole> removedRoles, List<Long> rolesAdded, List<String> removedTags, List<String> tagsAdded,
                           Mail mail) {

    /**
     * The mail side of a merge: the merged-away person's other emails and language as they were,
     * the emails the survivor took (their first one among them), the survivor's language before,
     * and the mail messages (by key) that moved to the survivor.
     */
    public record Mail(List<String> removedEmails, String removedLanguage, List<String> emailsAdded, String survivorLanguageBefore,
                       List<String> messages) {
        public static final Mail NONE = new Mail(List.of(), "", List.of(), "", List.of());

        public Mail {
            removedEmails = List.copyOf(removedEmails);
            emailsAdded = List.copyOf(emailsAdded);
            messages = List.copyOf(messages);
        }
    }

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
        mail = mail == null ? Mail.NONE : mail;
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
