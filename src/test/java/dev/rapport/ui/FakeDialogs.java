package dev.rapport.ui;

import dev.rapport.ui.common.Dialogs;

import java.util.ArrayList;
import java.util.List;

/** Answers confirmations as the test says and remembers what was asked. */
public final class FakeDialogs implements Dialogs {
    public final List<String> asked = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public boolean answer = true;

    @Override
    public boolean confirm(String title, String message, String actionLabel) {
        asked.add(title + " | " + message);
        return answer;
    }

    @Override
    public void error(String title, String message) {
        errors.add(title + " | " + message);
    }
}
