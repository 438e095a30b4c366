package dev.rapport.ui;

import dev.rapport.logic.JournalSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/** A throw-away journal filled with the launcher's demo content, in a folder of its own that goes when the app stops. */
record DemoJournal(Path folder, JournalSession session) {
    private static final Logger LOG = Logger.getLogger(DemoJournal.class.getName());

    /** Makes and fills the demo journal; journal work, so never on the FX thread. */
    static DemoJournal make(DesktopTools.DemoContent content) {
        Path folder = StartPreparation.demoFolder();
        JournalSession session = JournalSession.open(folder.resolve("demo.rapport"));
        content.fill(session);
        return new DemoJournal(folder, session);
    }

    /** Deletes a demo journal's folder, quietly: what is left goes with the system's temporary files. */
    static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not delete the demo journal", e);
        }
    }
}
