package dev.rapport.logic;

import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.Interaction;
import dev.rapport.store.LightKeyCost;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Run in a child JVM by the crash-safety tests: writes entries in a loop and reports each one only
 * after its save returned, until the parent kills it. Arguments: journal, first number, and the
 * passphrase when the journal is encrypted.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) {
        LightKeyCost.use();
        int next = Integer.parseInt(args[1]);
        Path file = Path.of(args[0]);
        try (JournalSession s = args.length > 2 ? JournalSession.openEncrypted(file, args[2].toCharArray()) : JournalSession.open(file)) {
            Client client = s.clients().all().stream().findFirst().orElseGet(() -> s.clients().save(Client.create("Crash Test Ltd")));
            System.out.println("ready");
            System.out.flush();
            while (true) {
                s.interactions().save(new Interaction(0, client.id(), LocalDateTime.of(2026, 1, 1, 9, 0), Channel.CALL,
                        "crash-" + next, "A summary long enough to fill a few pages over time. ".repeat(4), "", List.of("t" + (next % 7)),
                        null, List.of()));
                System.out.println("committed " + next);
                System.out.flush();
                next++;
            }
        }
    }
}
