package dev.parley.benchmarks;

import dev.parley.Parley;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Run in a fresh JVM by the start-up row: opens an H2 store, asks for one negotiation's state, and prints the time
 * that took (ns) and the heap live afterwards (bytes, after full GCs), on one line.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    /**
     * @param args the H2 file and the negotiation to ask for
     */
    public static void main(String[] args) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long start = System.nanoTime();
        // A start-up that replays a big history can take minutes: wait for it, so that the row measures it.
        try (Parley parley = Parley.builder().h2(Path.of(args[0])).readSideTimeout(Duration.ofMinutes(30)).build()) {
            int developments = parley.state(args[1]).orElseThrow().developmentCount();
            long nanos = System.nanoTime() - start;
            for (int i = 0; i < 3; i++) {
                memory.gc();
            }
            System.out.println("startup " + nanos + " " + memory.getHeapMemoryUsage().getUsed() + " " + developments);
        }
    }
}
