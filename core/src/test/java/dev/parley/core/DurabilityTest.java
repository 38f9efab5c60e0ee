package dev.parley.core;

import dev.parley.Parley;
import dev.parley.timeline.Development;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An acknowledged write survives {@code kill -9}: a child JVM records one call at a time and prints each
 * acknowledged development; it is killed mid-loop, the store reopened, and every acknowledged development must be
 * there, and the read side must say what a fresh fold of the stored history says (it commits with the developments,
 * so a kill cannot leave it behind or ahead). Several kills into the same store, each after a different number of
 * acknowledgements.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(value = TestStores.class, names = {"H2", "POSTGRESQL"})
@DisplayName("Durability")
class DurabilityTest {
    /** Acknowledgements to wait for before each kill: the kill lands right after the last, mid-write. */
    private static final int[] KILL_AFTER = {40, 150, 7, 90, 260};
    private static final Duration CHILD_TIMEOUT = Duration.ofSeconds(60);

    @Parameter
    TestStores store;

    @TempDir
    Path tempDir;

    @Test
    @DisplayName("every development acknowledged by record, recordAll or an import survives kill -9, and every "
            + "process sees it")
    void acknowledgedSurvivesKill() throws Exception {
        List<String> storeArgs = storeArguments();
        // On PostgreSQL a second process stays open through every kill: it must see what the killed one stored.
        try (Parley observer = store == TestStores.POSTGRESQL ? store.reopen(tempDir) : null) {
            killRepeatedly(storeArgs, observer);
        }
    }

    private void killRepeatedly(List<String> storeArgs, Parley observer) throws Exception {
        Map<String, List<String>> acknowledged = new LinkedHashMap<>();
        List<Long> reopenMillis = new ArrayList<>();
        long lost = 0;
        for (int run = 0; run < KILL_AFTER.length; run++) {
            Path workDir = Files.createDirectories(tempDir.resolve("run-" + run));
            List<String> args = new ArrayList<>(List.of(String.valueOf(run), workDir.toString()));
            args.addAll(storeArgs);
            try (ChildJvm child = ChildJvm.start(AcknowledgingWriter.class, tempDir,
                    List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), args.toArray(String[]::new))) {
                assertThat(child.nextLine(CHILD_TIMEOUT)).as("child stderr:%n%s", child.stderr()).isEqualTo("ready");
                int acks = 0;
                while (acks < KILL_AFTER[run]) {
                    String line = child.nextLine(CHILD_TIMEOUT);
                    assertThat(line).as("child ended early; stderr:%n%s", child.stderr()).isNotNull();
                    acknowledge(acknowledged, line);
                    acks++;
                }
                child.kill();
                for (String line = child.nextLine(CHILD_TIMEOUT); line != null; line = child.nextLine(CHILD_TIMEOUT)) {
                    acknowledge(acknowledged, line);
                }
            }
            long start = System.nanoTime();
            try (Parley reopened = store.reopen(tempDir)) {
                Map<String, Set<String>> stored = new TreeMap<>();
                for (String negotiation : acknowledged.keySet()) {
                    stored.put(negotiation, reopened.developments(negotiation).stream().map(Development::id)
                            .collect(Collectors.toSet()));
                }
                reopenMillis.add((System.nanoTime() - start) / 1_000_000);
                if (observer != null) {
                    for (String negotiation : reopened.negotiations()) {
                        assertThat(observer.state(negotiation)).as("what the process open all along sees of %s",
                                negotiation).isEqualTo(reopened.state(negotiation));
                    }
                }
                lost = 0;
                for (Map.Entry<String, List<String>> entry : acknowledged.entrySet()) {
                    lost += entry.getValue().stream().filter(id -> !stored.get(entry.getKey()).contains(id)).count();
                }
                assertThat(reopened.negotiations()).as("the read side's negotiations after the kill")
                        .containsAll(acknowledged.keySet());
                for (String negotiation : reopened.negotiations()) {
                    assertThat(reopened.state(negotiation)).as("the read side of %s after the kill", negotiation)
                            .isEqualTo(Optional.of(TestStores.replayed(reopened, negotiation))
                                    .filter(state -> state.isOpened()));
                    if (negotiation.startsWith("imported-")) {
                        assertThat(reopened.developments(negotiation)).as("import %s is all or nothing", negotiation)
                                .hasSize(3);
                    }
                }
            }
        }
        long total = acknowledged.values().stream().mapToLong(List::size).sum();
        System.out.printf("DURABILITY %s: %d kills, %d acknowledged, %d lost, reopen after kill %s ms%n",
                store, KILL_AFTER.length, total, lost, reopenMillis);
        assertThat(lost).as("acknowledged developments lost after %d kills", KILL_AFTER.length).isZero();
        assertThat(total).isGreaterThanOrEqualTo(java.util.Arrays.stream(KILL_AFTER).sum());
    }

    private static void acknowledge(Map<String, List<String>> acknowledged, String line) {
        String[] parts = line.split(" ");
        assertThat(parts).as("a line of the child: %s", line).hasSize(3).startsWith("ack");
        acknowledged.computeIfAbsent(parts[1], n -> new ArrayList<>()).add(parts[2]);
    }

    private List<String> storeArguments() {
        return switch (store) {
            case H2 -> List.of("h2", tempDir.resolve("parley").toString());
            case POSTGRESQL -> {
                TestStores.Postgres pg = TestStores.Postgres.require();
                pg.wipe();
                yield List.of("jdbc", pg.url(), pg.user(), pg.password());
            }
            case MEMORY -> throw new IllegalArgumentException("nothing survives a kill in memory");
        };
    }
}
