package dev.rapport.ui.common;

import dev.rapport.model.RhythmState;

import java.util.Comparator;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/** The columns the list screens' tables share. */
public final class Columns {
    private Columns() {
    }

    /** A column showing {@code value} of each row. */
    public static <S, T> TableColumn<S, T> of(String title, Function<S, T> value) {
        TableColumn<S, T> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return col;
    }

    /** The "last contact" column: the rhythm mark and "12 days ago", sorted by days since, the never contacted last. */
    public static <S> TableColumn<S, S> lastContact(String title, double prefWidth, Function<S, RhythmState> rhythm,
                                                    Function<S, Long> daysSince) {
        TableColumn<S, S> last = new TableColumn<>(title);
        last.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        last.setCellFactory(c -> new LastContactCell<>(rhythm, daysSince));
        last.setComparator(Comparator.comparing(o -> daysSince.apply(o) == null ? Long.MAX_VALUE : daysSince.apply(o)));
        last.setPrefWidth(prefWidth);
        return last;
    }
}
