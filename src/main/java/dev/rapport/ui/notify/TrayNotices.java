package dev.rapport.ui.notify;

import java.awt.AWTException;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.SystemTray;
import java.awt.Toolkit;
import java.awt.TrayIcon;
import java.net.URL;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Notifications through the system tray (java.awt.SystemTray), where the desktop has one: the app's
 * icon is put in the tray on the first notice and says it as a balloon or a notification. Headless,
 * or with no tray, nothing is shown (the bell still has it) and nothing fails.
 */
final class TrayNotices implements OsNotices {
    private static final Logger LOG = Logger.getLogger(TrayNotices.class.getName());

    private TrayIcon icon;

    /** True when this platform can show a tray notification now. */
    static boolean supported() {
        try {
            return !GraphicsEnvironment.isHeadless() && SystemTray.isSupported();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @Override
    public void show(String title, String text) {
        if (!supported()) {
            return;
        }
        // AWT work belongs on AWT's own thread, never the FX thread
        EventQueue.invokeLater(() -> {
            try {
                if (icon == null) {
                    URL image = TrayNotices.class.getResource("/dev/rapport/ui/icons/rapport-32.png");
                    icon = new TrayIcon(image == null ? Toolkit.getDefaultToolkit().createImage(new byte[0])
                            : Toolkit.getDefaultToolkit().getImage(image), "Rapport");
                    icon.setImageAutoSize(true);
                    SystemTray.getSystemTray().add(icon);
                }
                icon.displayMessage(title, text, TrayIcon.MessageType.INFO);
            } catch (AWTException | RuntimeException | LinkageError e) {
                LOG.log(Level.INFO, "The system tray could not show a notification; the bell has it", e);
            }
        });
    }

    @Override
    public void close() {
        if (!supported()) {
            return;
        }
        EventQueue.invokeLater(() -> {
            if (icon != null) {
                try {
                    SystemTray.getSystemTray().remove(icon);
                } catch (RuntimeException | LinkageError e) {
                    LOG.log(Level.FINE, "Could not take the tray icon away", e);
                }
                icon = null;
            }
        });
    }
}
