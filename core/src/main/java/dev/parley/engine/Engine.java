package dev.parley.engine;

import dev.parley.timeline.ImportReport;
import dev.parley.model.NegotiationProjection;
import dev.parley.timeline.Progress;
import dev.parley.model.TimelineFiles;
import dev.parley.model.TimelineReader;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.ParleyException;
import dev.parley.timeline.RecordResult;
import dev.parley.timeline.RuleViolationException;
import dev.parley.timeline.StoreException;
import dev.parley.timeline.state.NegotiationState;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The Axon configuration behind the facade: one event-sourced aggregate type (cached, snapshotted), the
 * serializer for everything, and a pooled streaming processor feeding the {@link ReadSide}.
 */
public final class Engine implements AutoCloseable {
    private static final int CONCURRENCY_ATTEMPTS = 20;
    private static final long CACHED_NEGOTIATIONS = 1_000;

    /** Developments per unit of work when importing a file: bounds what Axon stages in memory at once. */
    private static final int IMPORT_CHUNK = 1_000;

    private final Configuration configuration;
    private final ReadSide readSide;
    private final Duration readSideTimeout;
    private final Runnable onClose;
    private final Storage storage;
    private final BoundedAggregateCache cache = new BoundedAggregateCache(CACHED_NEGOTIATIONS);
    /** Negotiations being imported, so that other writers in this process wait instead of racing the import. */
    private final Map<String, CountDownLatch> imports = new ConcurrentHashMap<>();
    private final ExecutorService snapshotExecutor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "parley-snapshotter");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Tuning of an engine.
     *
     * @param snapshotThreshold events between snapshots of one negotiation; 0 for none
     * @param readSideTimeout   how long a query waits for the read side to catch up
     * @param readSideCache     developments the read side's cached states may hold together
     */
    public record Settings(int snapshotThreshold, Duration readSideTimeout, long readSideCache) {
    }

    /**
     * @param storage  the storage engine, given the serializer
     * @param settings the tuning
     * @param onClose  what to release after Axon shut down (e.g. a connection pool)
     */
    public Engine(Function<ParleySerializer, Storage> storage, Settings settings, Runnable onClose) {
        int snapshotThreshold = settings.snapshotThreshold();
        this.readSideTimeout = settings.readSideTimeout();
        this.onClose = onClose;
        ParleySerializer serializer = new ParleySerializer();
        this.storage = storage.apply(serializer);
        this.readSide = new ReadSide((id, lastSequence) -> developments(id, lastSequence), settings.readSideCache());
        EventStorageEngine engine = this.storage.engine();
        AggregateConfigurer<NegotiationAggregate> aggregate =
                AggregateConfigurer.defaultConfiguration(NegotiationAggregate.class)
                        // The cache is what keeps a long negotiation from being reloaded for every record.
                        .configureCache(c -> cache)
                        // Axon's annotation-based resolver scans the command class on every command (measured:
                        // about a seventh of the recording time); there is one command type, so say it directly.
                        .configureCommandTargetResolver(c -> command -> new VersionedAggregateIdentifier(
                                (Object) ((RecordDevelopment) command.getPayload()).negotiationId(), null));
        if (snapshotThreshold > 0) {
            aggregate.configureSnapshotTrigger(c -> new EventCountSnapshotTriggerDefinition(
                    c.snapshotter(), snapshotThreshold));
        }
        // false: no ConfigurerModule found on the class path joins Parley's private configuration. With Axon's
        // own starter (axon-server-connector) beside Parley, the located module would route Parley's commands
        // and events to an Axon Server.
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureSerializer(c -> serializer)
                .configureEventSerializer(c -> serializer)
                .configureMessageSerializer(c -> serializer)
                .configureEmbeddedEventStore(c -> engine)
                // Snapshots replay the stream; do it on a background thread, off the recording path.
                .configureSnapshotter(c -> AggregateSnapshotter.builder()
                        .eventStore(c.eventStore())
                        .aggregateFactories(new GenericAggregateFactory<>(NegotiationAggregate.class))
                        .parameterResolverFactory(c.parameterResolverFactory())
                        .handlerDefinition(c.handlerDefinition(NegotiationAggregate.class))
                        .executor(snapshotExecutor)
                        .build())
                .configureAggregate(aggregate);
        configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessor(ReadSide.PROCESSING_GROUP, Configuration::eventStore,
                        (c, builder) -> builder.initialSegmentCount(1).batchSize(100))
                // The read side lives in memory, so its token must too: on start it replays from the tail.
                .registerTokenStore(ReadSide.PROCESSING_GROUP, c -> new InMemoryTokenStore())
                .registerEventHandler(c -> readSide));
        this.configuration = configurer.buildConfiguration();
        try {
            configuration.start();
        } catch (RuntimeException e) {
            close();
            throw new StoreException("could not start the Parley engine: " + e.getMessage(), e);
        }
    }

    /**
     * Records developments in one transaction: all or nothing. A concurrent writer on the same negotiation
     * (another process) makes the append fail; the whole batch is then retried from fresh state, because the
     * batch, not one command, is the unit of atomicity (Axon's per-command retry scheduler cannot do that).
     *
     * @param developments in order
     * @return one result each
     */
    public List<RecordResult> record(Collection<? extends Development> developments) {
        awaitImports(developments);
        for (int attempt = 1; ; attempt++) {
            try {
                return developments.size() == 1
                        ? List.of(recordOne(developments.iterator().next()))
                        : recordBatch(developments.iterator(), Integer.MAX_VALUE);
            } catch (RuntimeException failure) {
                if (!isConcurrencyFailure(failure) || attempt == CONCURRENCY_ATTEMPTS) {
                    throw translate(failure);
                }
                backOff(attempt);
            }
        }
    }

    /**
     * Random pauses growing exponentially (capped at 100 ms), so that two writers who collided do not collide again
     * in lock-step, and a writer that keeps losing to a fast one still gets through.
     */
    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, Math.min(100L, 1L << attempt) + 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while retrying after a concurrent write", e);
        }
    }

    /** One development: its command's unit of work is the root, so it is the transaction. */
    private RecordResult recordOne(Development development) {
        return configuration.commandGateway().sendAndWait(RecordDevelopment.of(development));
    }

    /**
     * Several: one root unit of work around up to {@code limit} commands, so they commit or roll back together.
     * Reading the next development may fail (a file import); that rolls the unit back too.
     */
    private List<RecordResult> recordBatch(Iterator<? extends Development> developments, int limit) {
        CommandGateway gateway = configuration.commandGateway();
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(new GenericMessage<>("record-batch"));
        ResultMessage<List<RecordResult>> result = unitOfWork.executeWithResult(() -> {
            storage.beginBatch().run();
            List<RecordResult> results = new ArrayList<>();
            while (results.size() < limit && developments.hasNext()) {
                results.add(gateway.sendAndWait(RecordDevelopment.of(developments.next())));
            }
            return results;
        });
        if (result.isExceptional()) {
            Throwable failure = result.exceptionResult();
            throw failure instanceof RuntimeException runtime ? runtime : new StoreException(failure.toString(), failure);
        }
        return result.getPayload();
    }

    /**
     * Imports a timeline file as one transaction while holding only a chunk of it in memory: each chunk of
     * {@value #IMPORT_CHUNK} developments is its own unit of work (so Axon stages one chunk of events at a time),
     * and on a database all chunks join one {@link Storage.LongTransaction}, committed after the file's last byte
     * was checked. Any failure rolls everything back and drops the negotiation from the aggregate cache, which
     * had seen the uncommitted chunks. In memory there is no transaction to hold, so the file is one unit of work.
     * A concurrent writer on the same negotiation in another process makes the import start over.
     *
     * @param open     opens the file, again for each attempt
     * @param progress told bytes read of the file's size
     * @return what the import did
     * @throws dev.parley.timeline.TimelineFormatException when the file is invalid or a development breaks a rule
     */
    public ImportReport importTimeline(Supplier<TimelineReader> open, Progress progress) {
        for (int attempt = 1; ; attempt++) {
            try (TimelineReader reader = open.get()) {
                return importOnce(reader, progress);
            } catch (RuntimeException failure) {
                if (!isConcurrencyFailure(failure) || attempt == CONCURRENCY_ATTEMPTS) {
                    throw failure;
                }
                backOff(attempt);
            }
        }
    }

    private ImportReport importOnce(TimelineReader reader, Progress progress) {
        String negotiationId = reader.negotiationId();
        CountDownLatch done = new CountDownLatch(1);
        while (imports.putIfAbsent(negotiationId, done) != null) {
            awaitImport(negotiationId);
        }
        Optional<Storage.LongTransaction> transaction = storage.beginLongTransaction();
        try {
            long recorded = 0;
            long already = 0;
            int chunk = transaction.isPresent() ? IMPORT_CHUNK : Integer.MAX_VALUE;
            while (reader.hasNext()) {
                for (RecordResult result : importChunk(reader, chunk)) {
                    if (result == RecordResult.RECORDED) {
                        recorded++;
                    } else {
                        already++;
                    }
                }
                progress.update(reader.bytesRead(), reader.totalBytes());
            }
            transaction.ifPresent(Storage.LongTransaction::commit);
            progress.update(reader.totalBytes(), reader.totalBytes());
            return new ImportReport(reader.source(), negotiationId, recorded, already);
        } catch (RuntimeException failure) {
            cache.remove(negotiationId);
            throw failure;
        } finally {
            transaction.ifPresent(Storage.LongTransaction::close);
            imports.remove(negotiationId, done);
            done.countDown();
        }
    }

    /** One chunk; a rule broken is reported at its place in the file. */
    private List<RecordResult> importChunk(TimelineReader reader, int limit) {
        try {
            return recordBatch(reader, limit);
        } catch (RuntimeException failure) {
            RuntimeException translated = translate(failure);
            if (translated instanceof RuleViolationException violation) {
                throw reader.locate(violation);
            }
            throw isConcurrencyFailure(failure) ? failure : translated;
        }
    }

    private void awaitImports(Collection<? extends Development> developments) {
        if (imports.isEmpty()) {
            return;
        }
        developments.stream().map(Development::negotiationId).distinct().forEach(this::awaitImport);
    }

    private void awaitImport(String negotiationId) {
        CountDownLatch running = imports.get(negotiationId);
        if (running == null) {
            return;
        }
        try {
            if (!running.await(readSideTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new StoreException("negotiation '" + negotiationId + "' is still being imported after "
                        + readSideTimeout, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for an import", e);
        }
    }

    /**
     * @return the state of a negotiation at a cut, after the read side processed everything stored so far: the
     *         read side's current state when there is no cut, else a replay of the stored history
     */
    public Optional<NegotiationState> state(String negotiationId, AsOf asOf, LocalDate today) {
        awaitReadSide();
        Optional<NegotiationState> folded = asOf.isNow()
                ? readSide.state(negotiationId)
                : Optional.of(NegotiationProjection.foldAsOf(negotiationId, developments(negotiationId), asOf));
        return folded.filter(NegotiationState::isOpened)
                .map(state -> NegotiationProjection.evaluate(state, asOf, today));
    }

    /** @return all negotiation ids known to the read side, after it caught up */
    public List<String> negotiations() {
        awaitReadSide();
        return readSide.negotiations();
    }

    /** @return the stored developments of a negotiation, in order, read from the event store (not a snapshot) */
    public List<Development> developments(String negotiationId) {
        return developments(negotiationId, Long.MAX_VALUE);
    }

    /**
     * Writes a negotiation's stored developments as a timeline file, read lazily from the event store (which
     * reads in batches), so a negotiation of any length is exported holding a batch at a time.
     *
     * @return how many developments were written
     */
    public long export(String negotiationId, java.io.OutputStream out, Progress progress) {
        long total = eventStore().lastSequenceNumberFor(negotiationId).map(last -> last + 1).orElse(0L);
        try (java.util.stream.Stream<? extends DomainEventMessage<?>> events =
                     eventStore().readEvents(negotiationId, 0).asStream()) {
            Iterator<Development> developments = events.map(event -> (Development) event.getPayload()).iterator();
            TimelineFiles.write(negotiationId, developments, total, out, progress);
        }
        return total;
    }

    /** @return the stored developments of a negotiation up to a sequence number, in order */
    private List<Development> developments(String negotiationId, long lastSequence) {
        return eventStore().readEvents(negotiationId, 0).asStream()
                .takeWhile(event -> event.getSequenceNumber() <= lastSequence)
                .map(EventMessage::getPayload)
                .map(Development.class::cast)
                .toList();
    }

    /**
     * Rebuilds the read side from the event store through Axon's streaming processor reset: stop the processor,
     * reset its tokens (the read side's reset handler clears it), start it again and wait until it caught up.
     *
     * @param progress told the processor's position and the store's head position while it catches up
     */
    public void rebuild(Progress progress) {
        PooledStreamingEventProcessor processor = processor();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        TrackingToken head = eventStore().createHeadToken();
        long total = head == null ? 0 : head.position().orElse(0);
        long deadline = System.nanoTime() + readSideTimeout.toNanos();
        while (head != null && !caughtUp(processor, head)) {
            long position = processor.processingStatus().values().stream()
                    .mapToLong(s -> s.getCurrentPosition().orElse(0)).min().orElse(0);
            progress.update(position, total);
            if (System.nanoTime() > deadline) {
                throw new StoreException("the rebuild did not finish within " + readSideTimeout, null);
            }
            pause(20);
        }
        progress.update(total, total);
    }

    private PooledStreamingEventProcessor processor() {
        return configuration.eventProcessingConfiguration()
                .eventProcessor(ReadSide.PROCESSING_GROUP, PooledStreamingEventProcessor.class)
                .orElseThrow();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the read side", e);
        }
    }

    /** @return the Axon event store */
    public EventStore eventStore() {
        return configuration.eventStore();
    }

    private void awaitReadSide() {
        TrackingToken head = eventStore().createHeadToken();
        if (head == null) {
            return;
        }
        PooledStreamingEventProcessor processor = processor();
        long deadline = System.nanoTime() + readSideTimeout.toNanos();
        while (!caughtUp(processor, head)) {
            if (System.nanoTime() > deadline) {
                throw new StoreException("the read side did not catch up with the event store within "
                        + readSideTimeout, null);
            }
            pause(1);
        }
    }

    /**
     * Compares positions, not {@code covers}: a JDBC token keeps gaps left by rolled-back inserts (a lost
     * concurrency race, for instance) for a while, and a token with gaps never "covers" a gap-free head token.
     */
    private static boolean caughtUp(PooledStreamingEventProcessor processor, TrackingToken head) {
        long target = head.position().orElse(Long.MAX_VALUE);
        var statuses = processor.processingStatus().values();
        if (statuses.isEmpty()) {
            return false;
        }
        for (EventTrackerStatus status : statuses) {
            if (status.getCurrentPosition().orElse(Long.MIN_VALUE) < target) {
                return false;
            }
        }
        return true;
    }

    private static boolean isConcurrencyFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }

    private static RuntimeException translate(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ParleyException parley) {
                return parley;
            }
        }
        return new StoreException("recording failed: " + failure, failure);
    }

    @Override
    public void close() {
        try {
            configuration.shutdown();
            snapshotExecutor.shutdown();
            if (!snapshotExecutor.awaitTermination(30, TimeUnit.SECONDS)) {
                snapshotExecutor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            onClose.run();
        }
    }
}
