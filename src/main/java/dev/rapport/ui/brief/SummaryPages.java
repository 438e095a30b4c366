package dev.rapport.ui.brief;

import dev.rapport.export.SummaryRenderer;
import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.i18n.Messages;
import dev.rapport.logic.ClientSummary;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.common.Pixels;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The PDF's pages as pictures, drawn off the FX thread a moment after the last change of summary or
 * language, at the pixels the screen shows a page with. Only the answer to the latest request is
 * shown, and pages already shown for the same summary are not drawn again. Hidden for Markdown.
 */
final class SummaryPages extends StackPane {
    /** Room left and right of a page inside the scroll pane. */
    private static final double PAGE_MARGIN = 12;
    /** How long the choices must rest before pages are drawn: typing a date redraws once, not per key. */
    private static final Duration SETTLE = Duration.millis(250);

    private final SummaryViewModel model;
    private final Background background;
    /** The width pages are drawn at before the scroll pane has been laid out. */
    private final double firstWidth;
    private final VBox pages = new VBox(PAGE_MARGIN);
    private final ScrollPane scroll = new ScrollPane(pages);
    /** The width a page is shown at: the scroll pane's, less the margins. */
    private final DoubleBinding pageWidth = Bindings.createDoubleBinding(
            () -> Math.max(100, scroll.getViewportBounds().getWidth() - 2 * PAGE_MARGIN), scroll.viewportBoundsProperty());
    private final ProgressIndicator drawing = new ProgressIndicator();
    private final PauseTransition settle = new PauseTransition(SETTLE);
    /** The latest request for pages; an answer to any older one is dropped (the latest wins). */
    private final AtomicInteger latest = new AtomicInteger();
    /** What the pages now shown were drawn from, so switching PDF and HTML does not draw them again. */
    private Key shown;

    private record Key(ClientSummary summary, Language language, int pixelWidth) {
    }

    SummaryPages(SummaryViewModel model, Background background, double sheetWidth) {
        this.model = model;
        this.background = background;
        this.firstWidth = sheetWidth - 2 * PAGE_MARGIN - 16;
        pages.setId("summary-pages");
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(PAGE_MARGIN));
        scroll.setId("summary-pages-scroll");
        scroll.getStyleClass().add("summary-pages");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.ALWAYS);
        scroll.visibleProperty().bind(model.formatProperty().isNotEqualTo(SummaryRenderer.Format.MD));
        drawing.setId("summary-drawing");
        drawing.setMaxSize(48, 48);
        drawing.setAccessibleText(I18n.t("summary.sheet.preview.drawing"));
        drawing.setVisible(false);
        getChildren().addAll(scroll, drawing);
        settle.setOnFinished(e -> draw());
        model.summaryProperty().addListener((o, a, b) -> refresh());
        model.languageProperty().addListener((o, a, b) -> refresh());
        model.formatProperty().addListener((o, a, b) -> refresh());
        sceneProperty().addListener((o, a, scene) -> {
            if (scene == null) {
                settle.stop();
                latest.incrementAndGet();
            }
        });
        refresh();
    }

    /** Asks for pages of the summary as now chosen, unless they are shown already. */
    private void refresh() {
        if (model.summaryProperty().get() == null) {
            // No preview of a period that cannot be saved: what shows is always what Save would write.
            stop();
            shown = null;
            pages.getChildren().clear();
        } else if (model.formatProperty().get() == SummaryRenderer.Format.MD || key().equals(shown)) {
            stop();
        } else {
            drawing.setVisible(true);
            settle.playFromStart();
        }
    }

    /** Forgets any pages asked for and not yet shown. */
    private void stop() {
        settle.stop();
        latest.incrementAndGet();
        drawing.setVisible(false);
    }

    /** Draws the pages on the background worker; only the answer to the latest request is shown. */
    private void draw() {
        if (model.summaryProperty().get() == null || model.formatProperty().get() == SummaryRenderer.Format.MD) {
            return;
        }
        Key key = key();
        int ticket = latest.incrementAndGet();
        background.run(() -> ticket != latest.get() ? null
                        : SummaryRenderer.pages(key.summary(), Messages.of(key.language()), key.pixelWidth()).stream()
                                .map(Pixels::toFx).toList(),
                images -> {
                    if (images != null && ticket == latest.get()) {
                        shown = key;
                        show(images);
                        drawing.setVisible(false);
                    }
                },
                failure -> {
                    if (ticket == latest.get()) {
                        drawing.setVisible(false);
                        model.previewFailed(failure);
                    }
                });
    }

    private void show(List<? extends Image> images) {
        pages.getChildren().setAll(images.stream().map(image -> {
            ImageView view = new ImageView(image);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.fitWidthProperty().bind(pageWidth);
            StackPane page = new StackPane(view);
            page.getStyleClass().add("summary-page");
            page.setMaxWidth(Region.USE_PREF_SIZE);
            return page;
        }).toList());
        scroll.setVvalue(0);
    }

    /** The summary as now chosen, at as many pixels as the screen shows a page with (twice on a HiDPI screen). */
    private Key key() {
        Window window = getScene() == null ? null : getScene().getWindow();
        double scale = window != null ? window.getOutputScaleX() : Screen.getPrimary().getOutputScaleX();
        double width = scroll.getViewportBounds().getWidth() > 0 ? pageWidth.get() : firstWidth;
        int pixels = (int) Math.round(width * Math.min(3, Math.max(1, scale)));
        return new Key(model.summaryProperty().get(), model.languageProperty().get(), pixels);
    }
}
