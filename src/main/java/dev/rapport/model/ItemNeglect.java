package dev.rapport.model;

/**
 * How much one checklist item is neglected over all active clients: clients whose latest rating
 * is not met or partly (weak), clients never reviewed on it, and the clients counted.
 */
public record ItemNeglect(ChecklistItem item, int weak, int neverReviewed, int clients) {

    public int neglected() {
        return weak + neverReviewed;
    }
}
