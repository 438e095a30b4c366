package dev.rapport.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.NestedTableColumnHeader;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.control.skin.TableHeaderRow;
import javafx.scene.control.skin.TableViewSkin;

/**
 * A table whose column headers are as tall as their wrapped text (rapport.css lets a header wrap
 * onto a second line, ColumnFit sizes columns to the header's longest word). JavaFX asks a header's
 * label for its height without the column's width, so a wrapped "Останній контакт" got one line's
 * height and was drawn as "Останній ..."; here the header asks at the width its label is given.
 */
public final class WrappedHeaderSkin<S> extends TableViewSkin<S> {
    public WrappedHeaderSkin(TableView<S> table) {
        super(table);
    }

    @Override
    protected TableHeaderRow createTableHeaderRow() {
        return new TableHeaderRow(this) {
            @Override
            protected NestedTableColumnHeader createRootHeader() {
                return new Nested(null);
            }
        };
    }

    /** The header row's root (and any column with sub-columns): makes its leaf columns' headers wrap-aware. */
    private static final class Nested extends NestedTableColumnHeader {
        Nested(TableColumnBase<?, ?> column) {
            super(column);
        }

        @Override
        protected TableColumnHeader createTableColumnHeader(TableColumnBase column) {
            if (column == null || column == getTableColumn()) {
                return super.createTableColumnHeader(column);
            }
            return column.getColumns().isEmpty() ? new Wrapped(column) : new Nested(column);
        }
    }

    /** One column's header: the height its label needs at the label's width, at least the theme's size. */
    private static final class Wrapped extends TableColumnHeader {
        Wrapped(TableColumnBase<?, ?> column) {
            super(column);
        }

        @Override
        protected double computePrefHeight(double width) {
            double atLeast = super.computePrefHeight(width);
            Label label = null;
            double beside = 0; // the sort arrow and its order, drawn next to the label
            for (Node child : getChildren()) {
                if (child instanceof Label l && l.getStyleClass().contains("label") && label == null) {
                    label = l;
                } else if (child.isVisible() && child.isManaged()) {
                    beside += child.prefWidth(-1);
                }
            }
            if (label == null || !label.isWrapText() || getTableColumn() == null) {
                return atLeast;
            }
            double labelWidth = snapSizeX(getTableColumn().getWidth()) - snappedLeftInset() - snappedRightInset() - beside;
            if (labelWidth <= 0) {
                return atLeast;
            }
            return Math.max(atLeast, snapSizeY(label.prefHeight(labelWidth)) + snappedTopInset() + snappedBottomInset());
        }
    }
}
