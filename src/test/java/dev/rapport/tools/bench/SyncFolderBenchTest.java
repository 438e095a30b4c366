package dev.rapport.tools.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The sync figures of `rapport bench` are measured on a folder of their own, which is gone afterwards. */
class SyncFolderBenchTest {
    @TempDir
    Path dir;

    @Test
    void measuresOpeningASnapshotEachWayAndARoundThenCleansUp() throws Exception {
        List<Bench.Figure> figures = new SyncFolderBench(2, 3 << 20).run(dir);
        assertThat(figures).extracting(Bench.Figure::name).containsExactly(SyncFolderBench.OPEN,
                String.format(SyncFolderBench.WRITE, 3), String.format(SyncFolderBench.READ, 3), SyncFolderBench.ROUND);
        assertThat(figures).allSatisfy(f -> assertThat(f.runs()).isEqualTo(2));
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }
}
