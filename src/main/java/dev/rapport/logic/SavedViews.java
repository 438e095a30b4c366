package dev.rapport.logic;

import dev.rapport.logic.ClientListService.SavedView;
import dev.rapport.model.ClientFilter;
import dev.rapport.model.ClientStatus;
import dev.rapport.model.RhythmState;
import dev.rapport.store.SettingsRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Named filters of one list (clients, people) kept in the journal's settings under a key, one a line. */
final class SavedViews {
    private final SettingsRepository settings;
    private final String key;

    SavedViews(SettingsRepository settings, String key) {
        this.settings = settings;
        this.key = key;
    }

    List<SavedView> all() {
        List<SavedView> out = new ArrayList<>();
        for (String line : settings.get(key).orElse("").split("\n")) {
            String[] f = line.split("\t", -1);
            if (f.length != 7) {
                continue;
            }
            try {
                out.add(new SavedView(f[0], new ClientFilter(f[1], f[2].isEmpty() ? null : ClientStatus.valueOf(f[2]), f[3],
                        f[4].isEmpty() ? null : RhythmState.valueOf(f[4]), f[5].isEmpty() ? null : LocalDate.parse(f[5]),
                        f[6].isEmpty() ? null : LocalDate.parse(f[6]))));
            } catch (RuntimeException e) {
                // a line damaged by hand is skipped, not fatal
            }
        }
        return out;
    }

    /** Saves (or replaces, by name ignoring case) a view. */
    SavedView save(String name, ClientFilter filter) {
        SavedView view = new SavedView(name, filter);
        List<SavedView> all = new ArrayList<>(all());
        all.removeIf(v -> v.name().equalsIgnoreCase(view.name()));
        all.add(view);
        write(all);
        return view;
    }

    void delete(String name) {
        List<SavedView> all = new ArrayList<>(all());
        all.removeIf(v -> v.name().equalsIgnoreCase(name));
        write(all);
    }

    private void write(List<SavedView> all) {
        StringBuilder b = new StringBuilder();
        for (SavedView v : all) {
            ClientFilter f = v.filter();
            b.append(String.join("\t", v.name(), f.text().replaceAll("[\\t\\r\\n]+", " "), f.status() == null ? "" : f.status().name(),
                    f.tag() == null ? "" : f.tag(), f.rhythm() == null ? "" : f.rhythm().name(),
                    f.contactedOnOrBefore() == null ? "" : f.contactedOnOrBefore().toString(),
                    f.contactedOnOrAfter() == null ? "" : f.contactedOnOrAfter().toString())).append('\n');
        }
        settings.put(key, b.toString());
    }
}
