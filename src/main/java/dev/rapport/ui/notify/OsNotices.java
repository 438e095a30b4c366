package dev.rapport.ui.notify;

/**
 * The operating system's notifications, where the platform has them: a notice shown there as well as
 * in the bell. The one in use is {@link #current()}; a test puts a recording one in place.
 */
public interface OsNotices {
    /** Shows a notification; does nothing where the platform has none. Never throws. */
    void show(String title, String text);

    /** Takes the app's mark out of the system tray, if it put one there. */
    default void close() {
    }

    /** The notifications the app uses now. */
    static OsNotices current() {
        return Holder.current;
    }

    /** Puts other notifications in place (a test's recorder); returns the ones it replaced. */
    static OsNotices install(OsNotices notices) {
        OsNotices before = Holder.current;
        Holder.current = notices;
        return before;
    }

    /** Where the current notifications are kept. */
    final class Holder {
        private static volatile OsNotices current = new TrayNotices();

        private Holder() {
        }
    }
}
