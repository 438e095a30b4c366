package dev.rapport.export;

import dev.rapport.store.SafeFiles;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Output that goes to a file: written beside it (owner-only) and moved into place, or not at all. */
final class OutputFiles {
    private OutputFiles() {
    }

    static <T> T write(Path target, DataExchange.Output<T> work) {
        List<T> result = new ArrayList<>(1);
        SafeFiles.write(target, out -> {
            // The writers close what they write to; the file is SafeFiles' to close.
            BufferedOutputStream buffered = new BufferedOutputStream(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            }, 1 << 16);
            result.add(work.write(buffered));
            buffered.flush();
        });
        return result.get(0);
    }
}
