package dev.parley.core;

import dev.parley.Parley;
import dev.parley.model.Sample;
import dev.parley.model.TimelineFiles;
import dev.parley.timeline.Development;
import dev.parley.timeline.PartyRole;
import dev.parley.timeline.Progress;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The H2 file gives back what an import no longer needs once the store is closed. */
@DisplayName("An H2 store's file")
class H2FileSizeTest {
    private static final int DEVELOPMENTS = Integer.getInteger("parley.h2size.developments", 5_000);

    @TempDir
    Path tempDir;

    @Test
    @DisplayName("is within 3x of the imported file's size once the store is closed after an import")
    void compactedAfterImport() throws Exception {
        Path file = timeline(DEVELOPMENTS);
        try (Parley parley = Parley.h2(tempDir.resolve("parley"))) {
            assertThat(parley.importTimeline(file, Progress.NONE).recorded()).isEqualTo(DEVELOPMENTS);
        }
        long stored = Files.size(tempDir.resolve("parley.mv.db"));
        System.out.printf("H2 SIZE %d developments: file %d bytes, store %d bytes (%.1fx)%n", DEVELOPMENTS,
                Files.size(file), stored, (double) stored / Files.size(file));
        assertThat(stored).isLessThanOrEqualTo(3 * Files.size(file));
        try (Parley reopened = Parley.h2(tempDir.resolve("parley"))) {
            assertThat(reopened.developments("big")).hasSize(DEVELOPMENTS);
        }
    }

    private Path timeline(int count) throws Exception {
        Sample big = new Sample("big");
        List<Development> developments = new ArrayList<>(List.of(big.opened(),
                big.joined("ru", "Russia", PartyRole.PARTY)));
        for (int i = 2; i < count; i++) {
            developments.add(big.statement("s" + i, "Rustem Umerov", "words " + i, "2025-06-02"));
        }
        Path file = tempDir.resolve("big.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            TimelineFiles.write("big", developments.iterator(), developments.size(), out, Progress.NONE);
        }
        return file;
    }
}
