package dev.rapport.store;

/**
 * The cost of deriving an encrypted journal's key from its passphrase with Argon2id. It is
 * written in the file's header, so a journal always opens with the cost it was sealed with.
 */
public record Argon2Cost(int memoryKiB, int passes, int lanes) {
    /** RFC 9106's second recommended option: 64 MiB, 3 passes, 4 lanes. */
    public static final Argon2Cost DEFAULT = new Argon2Cost(64 * 1024, 3, 4);

    /** Only for tests (see {@link #lightForTests()}): 1 MiB, 1 pass, 1 lane keeps the suite fast. */
    static final Argon2Cost LIGHT = new Argon2Cost(1024, 1, 1);

    private static volatile Argon2Cost forNew = DEFAULT;

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
        return forNew;
    }

    /**
     * Seals every journal this JVM seals from now on with {@link #LIGHT}. Only the test suite calls
     * it (its launcher listener, and the child JVMs tests start); no class of the product does
     * (LayerArchitectureTest), and no property, setting or environment variable reaches it.
     */
    static void lightForTests() {
        forNew = LIGHT;
    }
}
