package dev.rapport.ui.today;

import dev.rapport.ui.Navigator;

import java.util.ArrayList;
import java.util.List;

/** A navigator that writes down where it was sent, for view-model tests without a window. */
public final class RecordingNavigator implements Navigator {
    public final List<String> went = new ArrayList<>();

    @Override
    public void showToday() {
        went.add("today");
    }

    @Override
    public void showPromises() {
        went.add("promises");
    }

    @Override
    public void showProblems() {
        went.add("problems");
    }

    @Override
    public void showRequests() {
        went.add("requests");
    }

    @Override
    public void showClients() {
        went.add("clients");
    }

    @Override
    public void showClient(long clientId) {
        went.add("client " + clientId);
    }

    @Override
    public void showBrief(long clientId) {
        went.add("brief " + clientId);
    }

    @Override
    public void showJournal() {
        went.add("journal");
    }

    @Override
    public void showHealth() {
        went.add("health");
    }

    @Override
    public void newClient() {
        went.add("new client");
    }

    @Override
    public void newInteraction(Long clientId) {
        went.add("new entry " + clientId);
    }

    @Override
    public void editInteraction(long interactionId) {
        went.add("entry " + interactionId);
    }

    @Override
    public void openDemo() {
        went.add("demo");
    }

    @Override
    public void refresh() {
        went.add("refresh");
    }

    @Override
    public void rebuild(String message) {
        went.add("rebuild");
    }
}
