package dev.parley.core;

import dev.parley.Parley;
import dev.parley.model.Sample;
import dev.parley.model.TimelineFiles;
import dev.parley.timeline.Development;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writer processes contending for one negotiation on one PostgreSQL queue on the store's lock and are never
 * refused. Skipped without PostgreSQL, failing under {@code CI=true}.
 */
@DisplayName("Contended writers on one PostgreSQL")
class ContentionTest {
    private static final int WRITERS = 4;
    private static final int RECORDS = Integer.getInteger("parley.contention.records", 2_000);
    private static final Duration CHILD_TIMEOUT = Duration.ofMinutes(10);

    @TempDir
    Path tempDir;

    @Test
    @DisplayName("4 processes recording 2,000 developments each into one negotiation: none refused, none lost")
    void noneRefused() throws Exception {
        TestStores.Postgres pg = TestStores.Postgres.require();
        pg.wipe();
        List<String> outputs = runChildren(pg, WRITERS, w -> List.of("records", String.valueOf(RECORDS)));
        List<Integer> refused = outputs.stream().filter(line -> line.startsWith("refused "))
                .map(line -> Integer.parseInt(line.substring(8))).toList();
        System.out.printf("CONTENTION %d writers x %d records: refused %s, %s%n", WRITERS, RECORDS, refused,
                outputs.stream().filter(line -> line.startsWith("seconds ")).toList());
        assertThat(refused).hasSize(WRITERS).containsOnly(0);
        try (Parley parley = TestStores.POSTGRESQL.reopen(tempDir)) {
            List<Development> stored = parley.developments(ContendedWriter.NEGOTIATION);
            assertThat(stored).hasSize(1 + WRITERS * (RECORDS - 1));
            assertThat(parley.state(ContendedWriter.NEGOTIATION)).contains(
                    TestStores.replayed(parley, ContendedWriter.NEGOTIATION));
        }
    }

    @Test
    @DisplayName("2 processes importing the same file at once: one records it, the other waits and reports every "
            + "development as already recorded")
    void sameFileTwice() throws Exception {
        TestStores.Postgres pg = TestStores.Postgres.require();
        pg.wipe();
        Sample talks = new Sample(ContendedWriter.NEGOTIATION);
        List<Development> developments = new ArrayList<>(List.of(talks.opened()));
        for (int i = 1; i < 3_000; i++) {
            developments.add(talks.statement("s" + i, "Rustem Umerov", "words " + i, "2025-06-02"));
        }
        Path file = tempDir.resolve("talks.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            TimelineFiles.write(ContendedWriter.NEGOTIATION, developments.iterator(), developments.size(), out,
                    dev.parley.timeline.Progress.NONE);
        }
        List<String> outputs = runChildren(pg, 2, w -> List.of("import", file.toString()));
        assertThat(outputs).filteredOn(line -> line.startsWith("imported "))
                .containsExactlyInAnyOrder("imported 3000 0", "imported 0 3000");
    }

    private List<String> runChildren(TestStores.Postgres pg, int count,
                                     java.util.function.IntFunction<List<String>> work) throws Exception {
        List<ChildJvm> children = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        try {
            for (int w = 0; w < count; w++) {
                List<String> args = new ArrayList<>(List.of(pg.url(), pg.user(), pg.password(), String.valueOf(w)));
                args.addAll(work.apply(w));
                children.add(ChildJvm.start(ContendedWriter.class, tempDir, List.of("-Xmx256m"),
                        args.toArray(String[]::new)));
            }
            for (ChildJvm child : children) {
                assertThat(child.nextLine(CHILD_TIMEOUT)).as("stderr:%n%s", child.stderr()).isEqualTo("ready");
            }
            for (ChildJvm child : children) {
                child.send("go");
            }
            for (ChildJvm child : children) {
                List<String> own = new ArrayList<>();
                for (String line = child.nextLine(CHILD_TIMEOUT); line != null; line = child.nextLine(CHILD_TIMEOUT)) {
                    own.add(line);
                }
                assertThat(child.exitCode(CHILD_TIMEOUT)).as("output %s, stderr:%n%s", own, child.stderr()).isZero();
                lines.addAll(own);
            }
        } finally {
            for (ChildJvm child : children) {
                child.close();
            }
        }
        return lines;
    }
}
