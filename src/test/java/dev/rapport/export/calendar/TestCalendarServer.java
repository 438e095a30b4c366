package dev.rapport.export.calendar;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A calendar served over HTTP on this machine, as a calendar program publishes one: its body can
 * change between reads (a new ETag each time), it answers 304 to the ETag of the version it serves,
 * and it can be told to fail with a status or to send a body that is not a calendar.
 */
public final class TestCalendarServer implements AutoCloseable {
    /** The secret part of the address, which must never be shown, logged, printed or exported. */
    public static final String TOKEN = "private-token-7f3a9c";

    private final HttpServer server;
    private final AtomicReference<String> body = new AtomicReference<>(calendar());
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicInteger version = new AtomicInteger(1);
    private final AtomicInteger requests = new AtomicInteger();

    public TestCalendarServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            String etag = "\"v" + version.get() + "\"";
            if (status.get() == 200 && etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            byte[] bytes = (status.get() == 200 ? body.get() : "<html>down</html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("ETag", etag);
            exchange.sendResponseHeaders(status.get(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    /** The private address, with its secret token in the middle as Google's is. */
    public String address() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/calendar/ical/" + TOKEN + "/basic.ics";
    }

    /** Serves a calendar of these events from now on (a new version). */
    public void serve(String... events) {
        body.set(calendar(events));
        status.set(200);
        version.incrementAndGet();
    }

    /** Serves this body, whatever it is, with 200 (a new version). */
    public void serveRaw(String text) {
        body.set(text);
        status.set(200);
        version.incrementAndGet();
    }

    /** Answers every request with this status (and no calendar) until {@link #serve} is called. */
    public void fail(int code) {
        status.set(code);
    }

    public int requests() {
        return requests.get();
    }

    public static String calendar(String... events) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + String.join("", events) + "END:VCALENDAR\r\n";
    }

    public static String event(String... lines) {
        return "BEGIN:VEVENT\r\n" + String.join("\r\n", lines) + "\r\nEND:VEVENT\r\n";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
