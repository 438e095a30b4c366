package dev.rapport.ui.controls;

import dev.rapport.model.Client;

import java.util.ArrayList;
import java.util.List;

import javafx.util.StringConverter;

/**
 * The one way a client is chosen (sheets, filters, the brief, a person's roles): a {@link TypePicker}
 * that shows clients by name, filters as one types, and offers the clients not archived plus the
 * one already chosen even when it is. A filter's picker has "any" first (null, named by noneLabel).
 */
public final class ClientPicker extends TypePicker<Client> {
    private final boolean withNone;

    /** A picker for a sheet: one client must be chosen. */
    public ClientPicker(String id) {
        this(id, null);
    }

    /** noneLabel: the name of "no client in particular" (all clients, in a filter), offered first; null for none. */
    public ClientPicker(String id, String noneLabel) {
        this.withNone = noneLabel != null;
        setId(id);
        setMaxWidth(Double.MAX_VALUE);
        if (noneLabel != null) {
            setPromptText(noneLabel);
        }
        setConverter(new StringConverter<>() {
            @Override
            public String toString(Client c) {
                return c == null ? (noneLabel == null ? "" : noneLabel) : c.name();
            }

            @Override
            public Client fromString(String s) {
                return null;
            }
        });
    }

    /** Offers the clients not archived (and the chosen one in any case) and chooses the one with that id, if any. */
    public ClientPicker offer(List<Client> clients, Long chosen) {
        List<Client> items = new ArrayList<>();
        if (withNone) {
            items.add(null);
        }
        clients.stream().filter(c -> !c.archived() || (chosen != null && c.id() == chosen)).forEach(items::add);
        getItems().setAll(items);
        setValue(chosen == null ? null : items.stream().filter(c -> c != null && c.id() == chosen).findFirst().orElse(null));
        return this;
    }

    /** The chosen client's id; null when none is chosen. */
    public Long chosenId() {
        return getValue() == null ? null : getValue().id();
    }
}
