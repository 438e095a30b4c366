package dev.rapport.model;

/** One item's rating in a review, with the item's name and prompt as they were when answered. */
public record ReviewAnswer(long itemId, String itemName, String prompt, Rating rating, String note) {

    public ReviewAnswer {
        itemName = Check.required("itemName", "itemName", itemName, Limits.NAME);
        prompt = Check.limit("prompt", "prompt", prompt, Limits.SHORT_TEXT);
        if (rating == null) {
            throw new ValidationException("rating", dev.rapport.i18n.I18n.t("validation.ratingMissing", itemName));
        }
        note = Check.limit("note", "note", note, Limits.LONG_TEXT);
    }
}
