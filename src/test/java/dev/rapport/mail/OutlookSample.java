package dev.rapport.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * An Outlook .msg written for the corpus with Apache POI's compound-file writer (the same file
 * system Outlook writes): MAPI properties as {@code __substg1.0_PPPPTTTT} streams, a recipient and
 * an attachment storage, and the fixed-size properties (the recipient's type, the submit time) in
 * {@code __properties_version1.0}. No public sample was needed, so none is shipped.
 *
 * <p>The message: Ilona Kask of Northwind asks, on Thursday 10 December 2026 at 09:20 Bucharest
 * time (07:20 UTC), whether the carrier tender can close a week later; a PDF is attached.
 */
final class OutlookSample {
    static final String MESSAGE_ID = "<t31-outlook@northwind.example>";

    private OutlookSample() {
    }

    static void write(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            DirectoryEntry root = fs.getRoot();
            text(root, 0x001A, "IPM.Note");
            text(root, 0x0037, "Carrier tender deadline");
            text(root, 0x0C1A, "Ilona Kask");
            text(root, 0x0042, "Ilona Kask");
            text(root, 0x0C1F, "ilona.kask@northwind.example");
            text(root, 0x0065, "ilona.kask@northwind.example");
            text(root, 0x0E04, "Dana Moraru");
            text(root, 0x1000, "Hi Dana,\r\n\r\nCan the carrier tender close on 18 December instead of the 11th? "
                    + "Two carriers asked for more time.\r\n\r\nIlona\r\n");
            text(root, 0x1035, MESSAGE_ID);
            text(root, 0x007D, "Received: from mx.northwind.example\r\nFrom: Ilona Kask <ilona.kask@northwind.example>\r\n"
                    + "To: Dana Moraru <dana@moraru-consulting.eu>\r\nSubject: Carrier tender deadline\r\n"
                    + "Date: Thu, 10 Dec 2026 09:20:00 +0200\r\nMessage-ID: " + MESSAGE_ID + "\r\nMIME-Version: 1.0\r\n\r\n");
            root.createDocument("__properties_version1.0", new ByteArrayInputStream(
                    properties(32, new long[][]{{0x00390040L, filetime(1796887200000L)}})));
            DirectoryEntry recipient = root.createDirectory("__recip_version1.0_#00000000");
            text(recipient, 0x3001, "Dana Moraru");
            text(recipient, 0x3003, "dana@moraru-consulting.eu");
            text(recipient, 0x39FE, "dana@moraru-consulting.eu");
            recipient.createDocument("__properties_version1.0", new ByteArrayInputStream(
                    properties(8, new long[][]{{0x0C150003L, 1}})));
            DirectoryEntry attachment = root.createDirectory("__attach_version1.0_#00000000");
            text(attachment, 0x3707, "tender-timeline.pdf");
            text(attachment, 0x3704, "tender~1.pdf");
            text(attachment, 0x3703, ".pdf");
            attachment.createDocument("__substg1.0_37010102", new ByteArrayInputStream("%PDF-1.4\n%harmless\n".getBytes(StandardCharsets.US_ASCII)));
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
    }

    private static void text(DirectoryEntry dir, int property, String value) throws IOException {
        dir.createDocument(String.format("__substg1.0_%04X001F", property),
                new ByteArrayInputStream(value.getBytes(StandardCharsets.UTF_16LE)));
    }

    /** A properties stream: its header, then 16 bytes a property (tag, flags, 8 bytes of value). */
    private static byte[] properties(int header, long[][] props) {
        ByteBuffer b = ByteBuffer.allocate(header + 16 * props.length).order(ByteOrder.LITTLE_ENDIAN);
        b.position(header);
        for (long[] p : props) {
            b.putInt((int) p[0]);
            b.putInt(6);
            b.putLong(p[1]);
        }
        return b.array();
    }

    /** Milliseconds since 1970 as a Windows FILETIME (100 ns since 1601). */
    private static long filetime(long epochMillis) {
        return (epochMillis + 11_644_473_600_000L) * 10_000L;
    }
}
