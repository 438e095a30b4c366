package dev.rapport.store;

/**
 * The cost of deriving an encrypted journal's key from its passphrase with Argon2id. It is
 * written in the file's header, so a journal always opens with the cost it was sealed with.
 */
public record Argon2Cost(int memoryKiB, int passes, int lanes) {
    /** RFC 9106's second recommended option: 64 MiB, 3 passes, 4 lanes. */
    public static final Argon2Cost DEFAULT = new Argon2Cost(64 * 1024, 3, 4);

    /** Only for tests (set by the system property below): 1 MiB, 1 pass, 1 lane keeps the suite fast. */
    static final Argon2Cost LIGHT = new Argon2Cost(1024, 1, 1);

    /** Set to "light" in the test JVM (see pom.xml); never in a shipped build. */
    static final String TEST_PROPERTY = "rapport.argon2.cost";

    /** Limits on what a header may ask for, so a doctored file cannot make Rapport allocate gigabytes. */
    private static final int MAX_MEMORY_KIB = 1024 * 1024;
    private static final int MAX_PASSES = 64;
    private static final int MAX_LANES = 64;

    public Argon2Cost {
        if (lanes < 1 || lanes > MAX_LANES || passes < 1 || passes > MAX_PASSES
                || memoryKiB < 8 * lanes || memoryKiB > MAX_MEMORY_KIB) {
            throw new IllegalArgumentException("Unsupported Argon2id cost: " + memoryKiB + " KiB, " + passes + " passes, "
                    + lanes + " lanes");
        }
    }

    /** The cost for a journal sealed now (a new one, or a new passphrase). */
    static Argon2Cost forNewJournals() {
        return forNewJournals(System.getProperty(TEST_PROPERTY));
    }

    static Argon2Cost forNewJournals(String property) {
        return "light".equals(property) ? LIGHT : DEFAULT;
    }
}
