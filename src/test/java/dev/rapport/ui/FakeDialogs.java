package dev.rapport.ui;

import dev.rapport.ui.common.Dialogs;

import java.util.ArrayList;
import java.util.List;

/** Answers confirmations as the test says and remembers what was asked. */
public final class FakeDialogs implements Dialogs {
    public final List<String> infos = new ArrayList<>();

    @Override
    public void info(String title, String message) {
        infos.add(title + " | " + message);
    }

    public final List<String> asked = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public boolean answer = true;

    @Override
    public boolean confirm(String title, String message, String actionLabel) {
        asked.add(title + " | " + message);
        return answer;
    }

    /** The option chose() answers with; -1 is Cancel. */
    public int choice = -1;

    @Override
    public int choose(String title, String message, List<String> options) {
        asked.add(title + " | " + message + " | " + options);
        return choice;
    }

    @Override
    public void error(String title, String message) {
        errors.add(title + " | " + message);
    }
}
