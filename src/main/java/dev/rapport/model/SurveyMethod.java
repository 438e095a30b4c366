package dev.rapport.model;

/** How an answer was collected: the method shifts results (oral reads up to 12% higher), so it is kept. */
public enum SurveyMethod {
    ORAL, WRITTEN, ONLINE_FORM, INTERVIEW, FOCUS_GROUP;

    public String label() {
        return switch (this) {
            case ORAL -> "Asked orally";
            case WRITTEN -> "Written";
            case ONLINE_FORM -> "Online form";
            case INTERVIEW -> "Interview";
            case FOCUS_GROUP -> "Focus group";
        };
    }
}
