package dev.rapport.model;

/** Bad input, named by the field it came from so a form can show the message beside it. */
public class ValidationException extends RapportException {
    private final String field;

    public ValidationException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
