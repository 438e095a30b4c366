package dev.rapport.model;

import java.util.List;
import java.util.Map;

/** One tag added to or removed from many people at once, with each person's tags as they were (for undo). */
public record TagChange(boolean add, String tag, List<Long> contactIds, Map<Long, List<String>> before) {

    public TagChange {
        contactIds = List.copyOf(contactIds);
        before = Map.copyOf(before);
    }
}
