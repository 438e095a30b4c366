package dev.rapport.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * iCalendar and vCard text as it goes into the file: UTF-8, control characters dropped
 * ({@link Esc#text}), and every content line folded at 75 octets (RFC 5545 §3.1, RFC 6350 §3.2)
 * between characters, never inside one's UTF-8 bytes. ical4j and ez-vcard fold by UTF-16
 * characters (73 or 75 of them), which makes Cyrillic or Lithuanian lines up to twice as long
 * in octets, so both write unfolded text and it is folded here.
 */
final class ContentLines {
    /** The longest line in octets, without its CRLF (a continuation's leading space counts). */
    static final int MAX_OCTETS = 75;

    private ContentLines() {
    }

    /** Writes the unfolded text, cleaned and folded, to {@code out} (which stays open). */
    static void write(String unfolded, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(fold(Esc.text(unfolded)));
        w.flush();
    }

    /** Folds every line longer than {@link #MAX_OCTETS} octets of UTF-8 with CRLF and a space. */
    static String fold(String text) {
        StringBuilder b = new StringBuilder(text.length() + text.length() / 32 * 3);
        int octets = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r' || cp == '\n') {
                b.append((char) cp);
                octets = 0;
                continue;
            }
            int size = utf8Length(cp);
            if (octets + size > MAX_OCTETS) {
                b.append("\r\n ");
                octets = 1;
            }
            b.appendCodePoint(cp);
            octets += size;
        }
        return b.toString();
    }

    private static int utf8Length(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
}
