package dev.rapport.export.secrets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class SecretsTest {
    @Test
    void aSecretIsKeptAsACopyAndForgotten() {
        Secrets secrets = Secrets.inMemory();
        char[] typed = "s3cret".toCharArray();
        secrets.keep("me@example.com", typed);
        Arrays.fill(typed, '\0');
        assertArrayEquals("s3cret".toCharArray(), secrets.find("me@example.com").orElseThrow(), "the caller may clear its own copy");
        char[] found = secrets.find("me@example.com").orElseThrow();
        Arrays.fill(found, 'x');
        assertArrayEquals("s3cret".toCharArray(), secrets.find("me@example.com").orElseThrow(), "nor can a finder change it");
        secrets.forget("me@example.com");
        assertTrue(secrets.find("me@example.com").isEmpty());
        assertFalse(secrets.lasting());
    }

    @Test
    void thisComputersStoreKeepsAndForgetsWhicheverBackendAnswers() {
        Secrets secrets = Secrets.forService("Rapport test " + UUID.randomUUID());
        String account = "test-" + UUID.randomUUID();
        try {
            secrets.keep(account, "https://calendar.example/private-1/basic.ics".toCharArray());
            assertEquals("https://calendar.example/private-1/basic.ics", new String(secrets.find(account).orElseThrow()));
        } finally {
            secrets.forget(account);
        }
        assertTrue(secrets.find(account).isEmpty());
    }
}
