package dev.rapport.model;

/** One item's rating in a review, with the item's name and prompt as they were when answered. */
public record ReviewAnswer(long itemId, String itemName, String prompt, Rating rating, String note) {

    public ReviewAnswer {
        itemName = Check.required("itemName", "Item name", itemName, Limits.NAME);
        prompt = Check.limit("prompt", "Prompt", prompt, Limits.SHORT_TEXT);
        rating = Check.notNull("rating", "A rating for “" + itemName + "”", rating);
        note = Check.limit("note", "Note", note, Limits.LONG_TEXT);
    }
}
