package dev.rapport.store.sync;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A link row's key: a JSON array of the global ids it joins and its other key values, as SQLite's json_array writes it. */
final class RowKeys {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RowKeys() {
    }

    static List<Object> parts(String key) {
        try {
            return JSON.readValue(key, new TypeReference<List<Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a row key: " + key, e);
        }
    }

    /** A link row key with a part missing (a row it joins could not be named): nothing to publish. */
    static boolean incomplete(String key) {
        return key.startsWith("[") && parts(key).contains(null);
    }
}
