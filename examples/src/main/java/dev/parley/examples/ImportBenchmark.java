package dev.parley.examples;

import dev.parley.Parley;
import dev.parley.core.ImportReport;
import dev.parley.core.Progress;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Measures a streaming file import: writes a {@link SyntheticTimeline} of N developments, imports it into a store
 * with {@code Parley.importTimeline}, and prints the time, the rate and the heap: the peak sampled every 20 ms, and
 * what stays live after a full GC once the import is done (the negotiation's state, held by the aggregate cache).
 * Run it under a small {@code -Xmx} to show that the file's size is not what needs memory.
 *
 * <pre>
 * java -Xmx1g -cp examples/target/parley-cli.jar dev.parley.examples.ImportBenchmark h2 1000000
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
        try {
            Path file = dir.resolve("synthetic.json");
            long writeStart = System.nanoTime();
            SyntheticTimeline.write(file, "synthetic-" + System.currentTimeMillis(), count);
            System.out.printf(Locale.ROOT, "file: %d developments, %.1f MB, written in %.1f s%n", count,
                    Files.size(file) / 1e6, (System.nanoTime() - writeStart) / 1e9);

            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            memory.gc();
            long baseline = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(baseline);
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();

            try (Parley parley = BenchmarkStores.open(store, dir)) {
                long start = System.nanoTime();
                ImportReport report = parley.importTimeline(file, Progress.NONE);
                double seconds = (System.nanoTime() - start) / 1e9;
                sampler.interrupt();
                memory.gc();
                long live = memory.getHeapMemoryUsage().getUsed();
                System.out.printf(Locale.ROOT, "store=%s developments=%d recorded=%d seconds=%.1f "
                                + "developments_per_second=%.0f%n", store, report.developments(), report.recorded(),
                        seconds, report.developments() / seconds);
                System.out.printf(Locale.ROOT, "heap_max_mb=%d heap_before_mb=%d heap_peak_mb=%d "
                                + "heap_live_after_import_mb=%d live_bytes_per_development=%d%n",
                        memory.getHeapMemoryUsage().getMax() >> 20, baseline >> 20, peak.get() >> 20, live >> 20,
                        (live - baseline) / Math.max(1, report.developments()));
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
