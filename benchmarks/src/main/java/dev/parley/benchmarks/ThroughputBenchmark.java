package dev.parley.benchmarks;

import dev.parley.Parley;
import dev.parley.timeline.Agent;
import dev.parley.timeline.Attribution;
import dev.parley.timeline.Envelope;
import dev.parley.timeline.NegotiationOpened;
import dev.parley.timeline.StatementMade;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Measures sequential recording into ONE negotiation: N single-development {@code record} calls, each its own
 * transaction, the way a live feed records. Prints developments/second overall and for the first and last
 * thousand, which shows whether late records pay for the history before them (they should not: the aggregate is
 * cached and snapshotted).
 *
 * <pre>
 * java -cp benchmarks/target/parley-benchmarks.jar dev.parley.benchmarks.ThroughputBenchmark memory 10000
 * java -cp benchmarks/target/parley-benchmarks.jar dev.parley.benchmarks.ThroughputBenchmark h2 10000
 * PARLEY_PG_URL=jdbc:postgresql://localhost:5432/parley PARLEY_PG_USER=... PARLEY_PG_PASSWORD=... \
 *   java -cp benchmarks/target/parley-benchmarks.jar dev.parley.benchmarks.ThroughputBenchmark postgresql 10000
 * </pre>
 */
public final class ThroughputBenchmark {

    private ThroughputBenchmark() {
    }

    /**
     * @param args store ({@code memory}, {@code h2} or {@code postgresql}) and count (default 10000)
     * @throws Exception when the store cannot be opened
     */
    public static void main(String[] args) throws Exception {
        String store = args.length > 0 ? args[0] : "memory";
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        String negotiation = "bench-" + System.currentTimeMillis();
        Path tempDir = Files.createTempDirectory("parley-bench");
        Attribution source = new Attribution("Bench Wire", null, null, java.util.List.of(Agent.outlet("Agency")));

        try (Parley parley = BenchmarkStores.open(store, tempDir)) {
            // Warm-up on the same store, in another negotiation, so JIT compilation and connection set-up do
            // not count against the figure.
            run(parley, negotiation + "-warm-up", Math.min(count, 5_000), source, false);
            parley.state(negotiation + "-warm-up");   // let the read side finish the warm-up before measuring
            long start = System.nanoTime();
            long[] marks = run(parley, negotiation, count, source, true);
            double seconds = (System.nanoTime() - start) / 1e9;
            long readStart = System.nanoTime();
            int statements = parley.state(negotiation).orElseThrow().statements().size();
            double readSeconds = (System.nanoTime() - readStart) / 1e9;
            System.out.printf(Locale.ROOT, "store=%s developments=%d seconds=%.2f developments_per_second=%.0f%n",
                    store, count + 1, seconds, (count + 1) / seconds);
            System.out.printf(Locale.ROOT, "first_1000_per_second=%.0f last_1000_per_second=%.0f%n",
                    1000 / ((marks[1] - marks[0]) / 1e9), 1000 / ((marks[3] - marks[2]) / 1e9));
            System.out.printf(Locale.ROOT, "read_side_caught_up_in=%.2fs statements=%d%n", readSeconds, statements);
        }
    }

    private static long[] run(Parley parley, String negotiation, int count, Attribution source, boolean quiet) {
        long[] marks = new long[4];
        parley.record(new NegotiationOpened(Envelope.of("opened", negotiation, "2025-01-01"), "Benchmark", null));
        for (int i = 0; i < count; i++) {
            if (i == 0) {
                marks[0] = System.nanoTime();
            } else if (i == 1000) {
                marks[1] = System.nanoTime();
            } else if (i == count - 1000) {
                marks[2] = System.nanoTime();
            }
            parley.record(new StatementMade(Envelope.of("s-" + i, negotiation, "2025-06-02").withSource(source),
                    Agent.named("Speaker " + (i % 7), "delegate", "Side " + (i % 2)), "statement number " + i, null));
        }
        marks[3] = System.nanoTime();
        return marks;
    }
}
