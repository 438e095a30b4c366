package dev.rapport.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Remembers what the screens asked the application to do with the journal. */
public final class RecordingActions implements JournalActions {
    public final List<String> calls = new ArrayList<>();

    @Override
    public void open(Path journal) {
        calls.add("open " + journal);
    }

    @Override
    public void openDemo() {
        calls.add("demo");
    }

    @Override
    public void restore(Path backup) {
        calls.add("restore " + backup.getFileName());
    }
}
