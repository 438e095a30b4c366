package dev.rapport.store;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives the whole test run a light Argon2 cost (1 MiB, 1 pass), so encrypted journals seal in
 * milliseconds: registered in META-INF/services, it runs before any engine (Jupiter and jqwik alike).
 * The product has no way to ask for it.
 */
public final class LightKeyCost implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        use();
    }

    /** For the child JVMs tests start, which have no launcher. */
    public static void use() {
        Argon2Cost.lightForTests();
    }
}
