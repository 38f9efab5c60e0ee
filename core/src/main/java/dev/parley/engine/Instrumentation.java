package dev.parley.engine;

import com.github.benmanes.caffeine.cache.Cache;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.ImportReport;
import dev.parley.timeline.RecordResult;

import java.util.Collection;
import java.util.List;

/**
 * What the engine tells about its work, for metrics: the seam between the engine and a metrics library. Every
 * method does nothing by default, so {@link #NONE} costs a virtual call per operation and no metrics library needs
 * to be on the class path; {@link MicrometerInstrumentation} is the one implementation that knows Micrometer, and
 * it is only loaded when an application gives Parley a {@code MeterRegistry}.
 *
 * <p>Durations are in nanoseconds, measured by the engine around one public operation each.
 */
public interface Instrumentation extends AutoCloseable {
    /** Tells nothing to anyone: the default. */
    Instrumentation NONE = new Instrumentation() {
    };

    /**
     * A {@code record} or {@code recordAll} call committed.
     *
     * @param developments the developments, in order
     * @param results      what recording each did, in the same order
     * @param nanos        how long the call took, retries included
     */
    default void recorded(Collection<? extends Development> developments, List<RecordResult> results, long nanos) {
    }

    /**
     * A {@code record} or {@code recordAll} call stored nothing.
     *
     * @param failure what it threw: a rule broken, a store failure, anything else
     * @param nanos   how long the call took
     */
    default void recordFailed(RuntimeException failure, long nanos) {
    }

    /**
     * A state query was answered.
     *
     * @param cut   the cut asked for ({@link AsOf#isNow()} for the read side's current state)
     * @param nanos how long it took
     */
    default void queried(AsOf cut, long nanos) {
    }

    /**
     * A timeline file was imported and committed.
     *
     * @param report what the import did
     * @param nanos  how long it took
     */
    default void imported(ImportReport report, long nanos) {
    }

    /**
     * An import stored nothing.
     *
     * @param failure what it threw: a bad file or a rule broken, a store failure, anything else
     * @param nanos   how long it ran until then
     */
    default void importFailed(RuntimeException failure, long nanos) {
    }

    /** The read side wrote a checkpoint of a negotiation's folded state. */
    default void checkpointWritten() {
    }

    /**
     * Watches one of the engine's caches (hits, misses, evictions, size); the cache records statistics.
     *
     * @param name  the cache's name in metrics
     * @param cache the cache
     */
    default void monitorCache(String name, Cache<?, ?> cache) {
    }

    /** The engine closed: meters that describe it (its caches) are removed; counts and timings stay. */
    @Override
    default void close() {
    }
}
