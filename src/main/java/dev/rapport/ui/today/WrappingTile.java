package dev.rapport.ui.today;

import atlantafx.base.controls.Tile;
import atlantafx.base.controls.TileSkin;

import javafx.geometry.Orientation;
import javafx.scene.control.Skin;

/**
 * A Today row whose title takes as many lines as it needs (rapport.css wraps it) instead of ending
 * in "…" when the text is large. AtlantaFX's tile asks its parts for their height without its width
 * (one line of title) and says it has no width bias, so its list never asked it for a taller height;
 * this tile measures at the width it is given.
 */
final class WrappingTile extends Tile {
    WrappingTile(String title, String description) {
        super(title, description);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new Measured(this);
    }

    private static final class Measured extends TileSkin {
        Measured(Tile tile) {
            super(tile);
        }

        @Override
        protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
            return top + bottom + container.prefHeight(width < 0 ? -1 : width - left - right);
        }

        @Override
        protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
            return computePrefHeight(width, top, right, bottom, left);
        }
    }
}
