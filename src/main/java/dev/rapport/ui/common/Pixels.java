package dev.rapport.ui.common;

import java.awt.image.BufferedImage;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** A picture drawn by the export layer, made into one JavaFX can show (without the javafx-swing bridge). */
public final class Pixels {
    private Pixels() {
    }

    /** Copies the picture's pixels; safe off the FX thread, as the image is not yet on screen. */
    public static WritableImage toFx(BufferedImage picture) {
        int width = picture.getWidth();
        int height = picture.getHeight();
        int[] argb = picture.getRGB(0, 0, width, height, null, 0, width);
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return image;
    }
}
