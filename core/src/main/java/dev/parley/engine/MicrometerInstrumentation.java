package dev.parley.engine;

import com.github.benmanes.caffeine.cache.Cache;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.ImportReport;
import dev.parley.timeline.RecordResult;
import dev.parley.timeline.RuleViolationException;
import dev.parley.timeline.TimelineFormatException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Parley's meters in a Micrometer {@link MeterRegistry}: the only class of Parley that refers to Micrometer, so
 * Parley loads and runs without Micrometer on the class path as long as no registry is given. The names and tags
 * are those documented on {@code Parley.Builder.meterRegistry} and in the README's "Metrics" table.
 */
public final class MicrometerInstrumentation implements Instrumentation {
    /** Developments newly stored by {@code record} and {@code recordAll}, tagged by JSON type name. */
    static final String RECORDED = "parley.developments.recorded";
    /** Calls (record, recordAll, import) rejected because a development broke a rule, tagged by rule. */
    static final String REJECTED = "parley.developments.rejected";
    /** One sample per {@code record} or {@code recordAll} call, tagged by outcome. */
    static final String RECORDS = "parley.records";
    /** One sample per state query, tagged by the kind of cut. */
    static final String QUERIES = "parley.queries";
    /** One sample per import, tagged by outcome. */
    static final String IMPORTS = "parley.imports";
    /** Developments of committed imports, tagged by whether they were new. */
    static final String IMPORTED = "parley.imports.developments";
    /** Checkpoints the read side wrote. */
    static final String CHECKPOINTS = "parley.checkpoints.written";

    /** Outcome of a call: committed. */
    static final String SUCCESS = "success";
    /** Outcome of a call: a rule was broken (or, for a file, it was malformed); nothing was stored. */
    static final String REJECTED_OUTCOME = "rejected";
    /** Outcome of a call: the store or something else failed; nothing was stored. */
    static final String FAILURE = "failure";

    private final MeterRegistry registry;
    private final Meter.MeterProvider<Counter> recorded;
    private final Meter.MeterProvider<Counter> rejected;
    private final Meter.MeterProvider<Timer> records;
    private final Meter.MeterProvider<Timer> queries;
    private final Meter.MeterProvider<Timer> imports;
    private final Meter.MeterProvider<Counter> imported;
    private final Counter checkpoints;
    private final List<String> monitoredCaches = new ArrayList<>();

    /**
     * @param registry where the meters go; Parley never closes it
     */
    public MicrometerInstrumentation(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.recorded = Counter.builder(RECORDED)
                .description("Developments newly stored by record and recordAll, by JSON type name")
                .baseUnit("developments").withRegistry(registry);
        this.rejected = Counter.builder(REJECTED)
                .description("Rejections: a development broke a rule, so its call stored nothing; by rule")
                .withRegistry(registry);
        this.records = Timer.builder(RECORDS)
                .description("record and recordAll calls, retries included, by outcome").withRegistry(registry);
        this.queries = Timer.builder(QUERIES)
                .description("State queries: the current state (cut=now) or at a cut (cut=as-of)")
                .withRegistry(registry);
        this.imports = Timer.builder(IMPORTS).description("Timeline file imports, by outcome").withRegistry(registry);
        this.imported = Counter.builder(IMPORTED)
                .description("Developments of committed imports: new (recorded) or skipped (already-recorded)")
                .baseUnit("developments").withRegistry(registry);
        this.checkpoints = Counter.builder(CHECKPOINTS)
                .description("Checkpoints of a negotiation's folded state written to the read side")
                .register(registry);
    }

    @Override
    public void recorded(Collection<? extends Development> developments, List<RecordResult> results, long nanos) {
        Iterator<RecordResult> result = results.iterator();
        for (Development development : developments) {
            if (result.hasNext() && result.next() == RecordResult.RECORDED) {
                recorded.withTags("type", development.typeName()).increment();
            }
        }
        records.withTags("outcome", SUCCESS).record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void recordFailed(RuntimeException failure, long nanos) {
        records.withTags("outcome", outcome(failure)).record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void queried(AsOf cut, long nanos) {
        queries.withTags("cut", cut.isNow() ? "now" : "as-of").record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void imported(ImportReport report, long nanos) {
        imports.withTags("outcome", SUCCESS).record(nanos, TimeUnit.NANOSECONDS);
        imported.withTags("result", "recorded").increment(report.recorded());
        imported.withTags("result", "already-recorded").increment(report.alreadyRecorded());
    }

    @Override
    public void importFailed(RuntimeException failure, long nanos) {
        imports.withTags("outcome", outcome(failure)).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** Counts a rejection by its rule, and names the outcome of the call that failed. */
    private String outcome(RuntimeException failure) {
        Optional<String> rule = failure instanceof RuleViolationException violation
                ? Optional.of(violation.rule().name())
                : failure instanceof TimelineFormatException format ? Optional.of(format.rule().name())
                : Optional.empty();
        rule.ifPresent(name -> rejected.withTags("rule", name).increment());
        return rule.isPresent() ? REJECTED_OUTCOME : FAILURE;
    }

    @Override
    public void checkpointWritten() {
        checkpoints.increment();
    }

    /** Micrometer's own Caffeine binder: {@code cache.gets} (hit, miss), {@code cache.size}, evictions ... */
    @Override
    public synchronized void monitorCache(String name, Cache<?, ?> cache) {
        CaffeineCacheMetrics.monitor(registry, cache, name);
        monitoredCaches.add(name);
    }

    /** Removes the cache meters, which would otherwise describe a closed engine's caches. */
    @Override
    public synchronized void close() {
        for (Meter meter : List.copyOf(registry.getMeters())) {
            if (meter.getId().getName().startsWith("cache.")
                    && monitoredCaches.contains(meter.getId().getTag("cache"))) {
                registry.remove(meter);
            }
        }
        monitoredCaches.clear();
    }
}
