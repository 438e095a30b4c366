package dev.rapport.tools;

import dev.rapport.tools.demo.DemoJournal;
import dev.rapport.tools.window.FirstFrameFile;
import dev.rapport.ui.DesktopTools;

/**
 * The tooling beside the product — demo data, the synthetic journal, the bench and its floors, the
 * start-up measurement. Only the launcher and the command line use it; the product layers never
 * import it (LayerArchitectureTest), they are handed what they need.
 */
public final class Tools {
    private Tools() {
    }

    /** What the desktop app is handed: the demo journal's content, and the start-up measurement the system properties ask for. */
    public static DesktopTools desktop() {
        // A lambda, not a method reference: the demo's classes load only when a demo journal is filled.
        return new DesktopTools(session -> DemoJournal.fill(session), FirstFrameFile.fromSystemProperties());
    }
}
