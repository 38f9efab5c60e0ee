package dev.parley.benchmarks;

import dev.parley.Parley;
import dev.parley.timeline.ImportReport;
import dev.parley.model.NegotiationDecider;
import dev.parley.timeline.Progress;
import dev.parley.model.TimelineReader;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures a streaming file import: writes a {@link SyntheticTimeline} of N developments, imports it into a store
 * with {@code Parley.importTimeline}, and prints the time, the rate, and the heap that stays live after a full GC
 * next to the heap the negotiation's decision state alone takes (the file folded through
 * {@link NegotiationDecider}: the state and the ids the rules need, which the aggregate must hold). The
 * difference is what importing costs beyond the state: it does not grow with the file. Run it under a small
 * {@code -Xmx} to see the file's size is not what needs memory.
 *
 * <pre>
 * java -Xmx1500m -cp benchmarks/target/parley-benchmarks.jar dev.parley.benchmarks.ImportBenchmark h2 1000000
 * </pre>
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    /**
     * @param args store ({@code memory}, {@code h2} or {@code postgresql}) and count (default 1,000,000)
     * @throws Exception when the file cannot be written or the store opened
     */
    public static void main(String[] args) throws Exception {
        String store = args.length > 0 ? args[0] : "h2";
        long count = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        Path dir = Files.createTempDirectory("parley-import-bench");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        try {
            Path file = dir.resolve("synthetic.json");
            long writeStart = System.nanoTime();
            SyntheticTimeline.write(file, "synthetic-" + System.currentTimeMillis(), count);
            System.out.printf(Locale.ROOT, "file: %d developments, %.1f MB, written in %.1f s%n", count,
                    Files.size(file) / 1e6, (System.nanoTime() - writeStart) / 1e9);

            long baseline = liveHeap(memory);
            long stateOnly = stateOnly(file, memory) - baseline;

            try (Parley parley = BenchmarkStores.open(store, dir)) {
                long start = System.nanoTime();
                ImportReport report = parley.importTimeline(file, Progress.NONE);
                double seconds = (System.nanoTime() - start) / 1e9;
                long imported = liveHeap(memory) - baseline;
                System.out.printf(Locale.ROOT, "store=%s developments=%d recorded=%d seconds=%.1f "
                                + "developments_per_second=%.0f%n", store, report.developments(), report.recorded(),
                        seconds, report.developments() / seconds);
                System.out.printf(Locale.ROOT, "heap_max_mb=%d decision_state_live_mb=%d "
                                + "live_after_import_mb=%d import_overhead_mb=%d state_bytes_per_development=%d%n",
                        memory.getHeapMemoryUsage().getMax() >> 20, stateOnly >> 20, imported >> 20,
                        (imported - stateOnly) >> 20, stateOnly / Math.max(1, report.developments()));
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** @return the live heap while the file's decision state is held, folded without any store */
    private static long stateOnly(Path file, MemoryMXBean memory) {
        try (TimelineReader reader = TimelineReader.open(file)) {
            NegotiationDecider negotiation = NegotiationDecider.initialState(reader.negotiationId());
            reader.forEachRemaining(negotiation::record);
            long live = liveHeap(memory);
            System.out.printf(Locale.ROOT, "folded without a store: %d developments%n",
                    negotiation.state().developmentCount());
            return live;
        }
    }

    private static long liveHeap(MemoryMXBean memory) {
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
