package dev.rapport.ui.common;

import java.util.function.Function;

import javafx.util.StringConverter;

/** Shows enum constants by their label in choice boxes; null shows as the given text. */
public final class EnumLabels<E extends Enum<E>> extends StringConverter<E> {
    private final Function<E, String> label;
    private final String nullLabel;

    public EnumLabels(Function<E, String> label) {
        this(label, "—");
    }

    public EnumLabels(Function<E, String> label, String nullLabel) {
        this.label = label;
        this.nullLabel = nullLabel;
    }

    @Override
    public String toString(E value) {
        return value == null ? nullLabel : label.apply(value);
    }

    @Override
    public E fromString(String string) {
        throw new UnsupportedOperationException();
    }
}
