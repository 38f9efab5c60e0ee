package dev.parley.engine;

import dev.parley.timeline.ImportReport;
import dev.parley.model.NegotiationProjection;
import dev.parley.model.ParleyJson;
import dev.parley.timeline.Progress;
import dev.parley.model.TimelineFiles;
import dev.parley.model.TimelineReader;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.RecordResult;
import dev.parley.timeline.RuleViolationException;
import dev.parley.timeline.SalvageReport;
import dev.parley.timeline.StoreException;
import dev.parley.timeline.state.NegotiationState;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The Axon configuration behind {@code dev.parley.Parley}, and the only public type of this package besides its
 * {@link Settings}: one event-sourced aggregate type (cached, snapshotted), the serializer for everything, and a
 * subscribing processor feeding the {@link ReadSide} in the writers' transactions. Nothing of Axon is handed out.
 * Not API: use {@code Parley}.
 */
public final class Engine implements AutoCloseable {
    /**
     * How long a write waits for other writers of the same negotiation unless the settings say otherwise: long
     * enough for another process's import of a large file, since a write that gives up loses the caller's work.
     */
    public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofMinutes(10);
    /** The longest pause between two attempts. */
    private static final long MAX_BACK_OFF_MILLIS = 100;
    private static final long CACHED_NEGOTIATIONS = 1_000;

    /** Developments per unit of work when importing a file: bounds what Axon stages in memory at once. */
    private static final int IMPORT_CHUNK = 1_000;

    private final ReadSide readSide;
    private final DecodedHistories histories;
    private final Duration readSideTimeout;
    private final Duration writeTimeout;
    private final Runnable onClose;
    private final Storage storage;
    private final ParleySerializer serializer;
    private final int snapshotThreshold;
    /**
     * Axon's command side, started by the first write ({@link #commandSide()}): a process that only reads, or
     * imports a file that is stored already, never pays for it. Null until then.
     */
    private volatile CommandSide commandSide;
    /** Set by {@link #close()}; guarded by {@code this}, like the start of the command side. */
    private boolean closed;
    private final Instrumentation instrumentation;
    /** The first stored development found unreadable since the last rebuild began, for the rebuild to report. */
    private final AtomicReference<StoreException> unreadableHistory = new AtomicReference<>();
    /** Null in memory, where this engine is the only writer. */
    private final SharedWrites sharedWrites;
    /** Negotiations being imported, so that other writers in this process wait instead of racing the import. */
    private final Map<String, CountDownLatch> imports = new ConcurrentHashMap<>();
    private final ExecutorService snapshotExecutor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "parley-snapshotter");
        thread.setDaemon(true);
        return thread;
    });

    private static final Logger WARNINGS = LoggerFactory.getLogger(Engine.class);

    /** Snapshots of one negotiation on a database store, unless the settings say otherwise. */
    private static final int DEFAULT_SNAPSHOT_EVERY = 1_000;

    /**
     * Tuning of an engine.
     *
     * @param snapshotEvery   developments between snapshots of one negotiation; 0 for the store's default (1,000 on
     *                        a database, none in memory, where there is nothing to reload from)
     * @param readSideTimeout how long a write waits for an import into the same negotiation in this engine
     * @param readSideCache   developments the read side's cached states may hold together
     * @param tablePrefix     the prefix (and schema) of Parley's tables, or null for the default, which also adopts
     *                        a store created with Parley 0.1's table names
     * @param writeTimeout    how long a write waits for other writers of the same negotiation (queued on the
     *                        store's lock, or retried after losing a race) before it is refused
     * @param instrumentation told of every record, query, import and checkpoint, for metrics
     */
    public record Settings(int snapshotEvery, Duration readSideTimeout, long readSideCache, String tablePrefix,
                           Duration writeTimeout, Instrumentation instrumentation) {
        /**
         * Settings with the {@link #DEFAULT_WRITE_TIMEOUT} and without metrics.
         *
         * @param snapshotEvery   developments between snapshots, 0 for the store's default
         * @param readSideTimeout how long a write waits for an import into the same negotiation in this engine
         * @param readSideCache   developments the read side's cached states may hold together
         * @param tablePrefix     the prefix (and schema) of Parley's tables, or null for the default
         */
        public Settings(int snapshotEvery, Duration readSideTimeout, long readSideCache, String tablePrefix) {
            this(snapshotEvery, readSideTimeout, readSideCache, tablePrefix, DEFAULT_WRITE_TIMEOUT,
                    Instrumentation.NONE);
        }
    }

    /**
     * @param prefix a table prefix, optionally after a schema and a dot
     * @return the prefix
     * @throws IllegalArgumentException when it is not lowercase letters, digits and underscores starting with a
     *                                  letter (see {@code Parley.Builder.tablePrefix})
     */
    public static String checkTablePrefix(String prefix) {
        JdbcStorage.Tables.prefixed(prefix);
        return prefix;
    }

    /**
     * @param file an H2 database file, with or without its {@code .mv.db} suffix
     * @return the absolute path of the database without the suffix, as {@link #h2(Path, Settings)} takes it
     * @throws IllegalArgumentException when the path holds what H2 would read as URL syntax (a {@code ;}, which
     *                                  starts settings such as {@code INIT}, or a {@code :}) or a control character
     */
    public static Path h2Location(Path file) {
        return DataSources.h2Location(file);
    }

    /**
     * @param settings the tuning
     * @return an engine storing in memory
     */
    public static Engine inMemory(Settings settings) {
        return new Engine(store -> Storage.inMemory(), settings.snapshotEvery(), settings, StoredForm.CURRENT,
                WARNINGS::warn, () -> { });
    }

    /**
     * @param database the H2 database file without its {@code .mv.db} suffix, as {@link #h2Location(Path)} returns
     *                 it; parent folders are created
     * @param settings the tuning
     * @return an engine on an embedded H2 file database, with a pool closed by {@link #close()}
     */
    public static Engine h2(Path database, Settings settings) {
        return onDatabase(DataSources.h2(database), settings);
    }

    /**
     * @param dataSource a pooled data source, left open by {@link #close()}
     * @param settings   the tuning
     * @return an engine storing in that database
     */
    public static Engine jdbc(DataSource dataSource, Settings settings) {
        return onDatabase(DataSources.given(dataSource), settings);
    }

    /**
     * For tests of stored history: an engine reading and writing a given stored form, with its warnings told.
     *
     * @param dataSource a data source, left open
     * @param settings   the tuning
     * @param form       the revisions and upcasters
     * @param warnings   receives every warning
     * @return an engine storing in that database
     */
    static Engine jdbc(DataSource dataSource, Settings settings, StoredForm form, Consumer<String> warnings) {
        return onDatabase(DataSources.given(dataSource), settings, form, warnings);
    }

    /**
     * @param url      a JDBC URL
     * @param user     the user
     * @param password the password
     * @param settings the tuning
     * @return an engine storing in that database through a HikariCP pool closed by {@link #close()}
     */
    public static Engine jdbc(String url, String user, String password, Settings settings) {
        return onDatabase(DataSources.pool(url, user, password, 8), settings);
    }

    private static Engine onDatabase(DataSources.Opened opened, Settings settings) {
        return onDatabase(opened, settings, StoredForm.CURRENT, WARNINGS::warn);
    }

    private static Engine onDatabase(DataSources.Opened opened, Settings settings, StoredForm form,
                                     Consumer<String> warnings) {
        int snapshotEvery = settings.snapshotEvery() > 0 ? settings.snapshotEvery() : DEFAULT_SNAPSHOT_EVERY;
        try {
            JdbcStorage.Tables tables = settings.tablePrefix() == null ? JdbcStorage.Tables.defaults()
                    : JdbcStorage.Tables.prefixed(settings.tablePrefix());
            return new Engine(store -> JdbcStorage.create(opened.dataSource(), store.serializer(), tables,
                    store.upcasters(), store.warnings(), settings.writeTimeout()), snapshotEvery, settings, form,
                    warnings, opened.onClose());
        } catch (RuntimeException e) {
            opened.onClose().run();
            throw Failures.translate(e, "opening the store");
        }
    }

    /**
     * What a storage is made with.
     *
     * @param serializer the serializer for events and snapshots
     * @param upcasters  the chain every read goes through
     * @param warnings   where to warn
     */
    private record StorageParts(ParleySerializer serializer, EventUpcaster upcasters, Consumer<String> warnings) {
    }

    private Engine(Function<StorageParts, Storage> storage, int snapshotThreshold, Settings settings,
                   StoredForm form, Consumer<String> warnings, Runnable onClose) {
        this.readSideTimeout = settings.readSideTimeout();
        this.writeTimeout = settings.writeTimeout();
        this.onClose = onClose;
        this.instrumentation = settings.instrumentation();
        Consumer<StoreException> unreadable = failure -> unreadableHistory.compareAndSet(null, failure);
        this.serializer = new ParleySerializer(form, unreadable);
        this.snapshotThreshold = snapshotThreshold;
        this.storage = storage.apply(new StorageParts(serializer, form.chain(unreadable), warnings));
        EventStorageEngine engine = this.storage.engine();
        ReadSideRows stored = this.storage.readSideRows();
        // The in-memory rows keep no checkpoint, whatever the read side hands them.
        ReadSideRows rows = stored instanceof ReadSideRows.InMemory ? stored
                : new CheckpointCounting(stored, instrumentation);
        this.histories = new DecodedHistories(engine, rows::lastStored, settings.readSideCache());
        this.readSide = new ReadSide(rows, (id, first, last) -> developments(engine, id, first, last),
                rows::lastStored, settings.readSideCache(), warnings);
        instrumentation.monitorCache("parley.read-side", readSide.cache());
        instrumentation.monitorCache("parley.histories", histories.cache());
        this.sharedWrites = !this.storage.shared() ? null : new SharedWrites(new SharedWrites.StoredStreams() {
            @Override
            public void lockForWrite(String negotiationId) {
                Engine.this.storage.writeLock().accept(negotiationId);
            }

            @Override
            public Optional<Long> lastSequence(String negotiationId) {
                return engine.lastSequenceNumberFor(negotiationId);
            }

            @Override
            public DomainEventStream readFrom(String negotiationId, long firstSequence) {
                return engine.readEvents(negotiationId, firstSequence);
            }
        });
    }

    /**
     * Axon's side of writing: the configuration (command bus, the cached and snapshotted aggregate, the event store
     * feeding the read side) and the aggregate cache, which an import that failed must clear.
     *
     * @param configuration the started configuration
     * @param cache         the aggregate cache it uses
     */
    private record CommandSide(Configuration configuration, BoundedAggregateCache cache) {
    }

    /**
     * @return the command side, started now if this is the first write; every write goes through here
     * @throws StoreException when this engine is closed or Axon cannot start
     */
    private CommandSide commandSide() {
        CommandSide started = commandSide;
        if (started != null) {
            return started;
        }
        synchronized (this) {
            if (closed) {
                throw new StoreException("this Parley is closed", null);
            }
            if (commandSide == null) {
                commandSide = startCommandSide();
            }
            return commandSide;
        }
    }

    /** @return whether a write has started the command side yet; for tests of what reads alone answer */
    boolean commandSideStarted() {
        return commandSide != null;
    }

    private CommandSide startCommandSide() {
        EventStorageEngine engine = storage.engine();
        BoundedAggregateCache cache = new BoundedAggregateCache(CACHED_NEGOTIATIONS, sharedWrites);
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
                // Subscribing: the read side handles a batch inside the unit of work that appends it, so its rows
                // commit with the developments (see ReadSide).
                .registerSubscribingEventProcessor(ReadSide.PROCESSING_GROUP)
                // A failure of the read side fails the write (Axon's default would log it and go on), so no
                // development is ever stored without its row.
                .registerListenerInvocationErrorHandler(ReadSide.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance())
                .registerEventHandler(c -> readSide));
        Configuration configuration = withoutConsoleBanner(configurer::buildConfiguration);
        try {
            configuration.start();
        } catch (RuntimeException e) {
            configuration.shutdown();
            throw Failures.translate(e, "starting the Parley engine");
        }
        return new CommandSide(configuration, cache);
    }

    /** Axon's documented switch for the AxonIQ Console banner its configurer logs at INFO while building. */
    private static final String CONSOLE_MESSAGE_SWITCH = "disable-axoniq-console-message";

    /**
     * Builds Parley's private configuration without the AxonIQ Console advertisement: Parley's Axon is an
     * implementation detail nobody would connect a console to. The switch is a system property, so it is set only
     * while building, and only when the application did not set it itself.
     */
    private static Configuration withoutConsoleBanner(Supplier<Configuration> build) {
        synchronized (CONSOLE_MESSAGE_SWITCH) {
            if (System.getProperty(CONSOLE_MESSAGE_SWITCH) != null) {
                return build.get();
            }
            System.setProperty(CONSOLE_MESSAGE_SWITCH, "true");
            try {
                return build.get();
            } finally {
                System.clearProperty(CONSOLE_MESSAGE_SWITCH);
            }
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
        return timed(() -> recordRetrying(developments),
                (results, nanos) -> instrumentation.recorded(developments, results, nanos),
                instrumentation::recordFailed);
    }

    /**
     * Runs an operation and tells the instrumentation how long it took and how it ended; a failure of the
     * instrumentation after a success is not taken for a failure of the operation.
     */
    private static <T> T timed(Supplier<T> operation, ObjLongConsumer<T> succeeded,
                               ObjLongConsumer<RuntimeException> failed) {
        long start = System.nanoTime();
        T result;
        try {
            result = operation.get();
        } catch (RuntimeException failure) {
            failed.accept(failure, System.nanoTime() - start);
            throw failure;
        }
        succeeded.accept(result, System.nanoTime() - start);
        return result;
    }

    private List<RecordResult> recordRetrying(Collection<? extends Development> developments) {
        awaitImports(developments);
        String doing = "recording into " + developments.stream().map(d -> "'" + d.negotiationId() + "'")
                .distinct().collect(Collectors.joining(", "));
        List<String> negotiationIds = developments.stream().map(Development::negotiationId).distinct().toList();
        return retryingConcurrentWrites(doing, negotiationIds, () -> developments.size() == 1
                ? List.of(recordOne(developments.iterator().next()))
                : recordBatch(developments.iterator(), Integer.MAX_VALUE));
    }

    /**
     * Runs a write again while it fails because another writer appended to (or created) the same negotiation
     * first, or because it was rejected on a cached negotiation another writer had moved past
     * ({@link SharedWrites}), with jittered exponential back-off, until the write timeout has passed since it
     * began; any other failure is translated at once. On PostgreSQL writers mostly queue on the negotiation's lock
     * instead (waiting at most the same timeout), so a retry is the exception.
     *
     * @param doing          what the write does, for messages
     * @param negotiationIds the negotiations it writes, as far as known before it runs
     * @param write          the write
     */
    private <T> T retryingConcurrentWrites(String doing, Collection<String> negotiationIds, Supplier<T> write) {
        long deadline = System.nanoTime() + writeTimeout.toNanos();
        for (int attempt = 1; ; attempt++) {
            if (sharedWrites != null) {
                sharedWrites.beginAttempt();
            }
            try {
                return write.get();
            } catch (RuntimeException failure) {
                if (Failures.isLockTimeout(failure)) {
                    throw new StoreException(doing + " waited " + writeTimeout.toSeconds() + " s for other writers "
                            + "of the same negotiation to finish, and gave up; raise Parley.Builder.writeTimeout to "
                            + "wait longer", failure);
                }
                if (Failures.isConcurrency(failure)) {
                    if (sharedWrites != null) {
                        sharedWrites.conflicted(negotiationIds);
                    }
                } else if (sharedWrites == null || !Failures.isRuleViolation(failure)
                        || !sharedWrites.decidedOnStaleState()) {
                    throw Failures.translate(failure, doing);
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new StoreException(doing + " gave up after " + attempt + " attempts in "
                            + writeTimeout.toSeconds() + " s: other writers kept appending to the same negotiation first; raise "
                            + "Parley.Builder.writeTimeout to wait longer", failure);
                }
                backOff(attempt);
            }
        }
    }

    /**
     * "Full jitter": a random pause up to a bound that doubles with each attempt (1, 2, 4 ... ms, at most
     * {@value #MAX_BACK_OFF_MILLIS} ms), so writers who collided do not collide again in lock-step.
     */
    private static void backOff(int attempt) {
        long bound = Math.min(MAX_BACK_OFF_MILLIS, 1L << Math.min(attempt, 20));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(bound + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while retrying after a concurrent write", e);
        }
    }

    /** One development: its command's unit of work is the root, so it is the transaction. */
    private RecordResult recordOne(Development development) {
        return commandSide().configuration().commandGateway().sendAndWait(RecordDevelopment.of(development));
    }

    /**
     * Several: one root unit of work around up to {@code limit} commands, so they commit or roll back together.
     * Reading the next development may fail (a file import); that rolls the unit back too.
     */
    private List<RecordResult> recordBatch(Iterator<? extends Development> developments, int limit) {
        CommandGateway gateway = commandSide().configuration().commandGateway();
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
            throw Failures.unchecked(result.exceptionResult());
        }
        return result.getPayload();
    }

    /**
     * Imports a timeline file as one transaction while holding only a chunk of it in memory: each chunk of
     * {@value #IMPORT_CHUNK} developments is its own unit of work (so Axon stages one chunk of events at a time),
     * and on a database all chunks join one {@link Storage.LongTransaction}, committed after the file's last byte
     * was checked. Any failure rolls everything back and drops the negotiation from the aggregate cache, which
     * had seen the uncommitted chunks. In memory there is no transaction to hold, so the file is one unit of work.
     * A concurrent writer on the same negotiation in another process makes the import start over. A file that is
     * stored already is answered by reading alone ({@link #storedAlready}), without starting the command side.
     *
     * @param open     opens the file, again for each attempt
     * @param progress told bytes read of the file's size
     * @return what the import did
     * @throws dev.parley.timeline.TimelineFormatException when the file is invalid or a development breaks a rule
     */
    public ImportReport importTimeline(Supplier<TimelineReader> open, Progress progress) {
        return timed(() -> storedAlready(open, progress).orElseGet(() ->
                retryingConcurrentWrites("importing", List.of(), () -> {
                    try (TimelineReader reader = open.get()) {
                        return importOnce(reader, progress);
                    }
                })), instrumentation::imported, instrumentation::importFailed);
    }

    /**
     * The answer of an import that would record nothing, found by reading: the file's developments, in order, equal
     * the negotiation's first stored developments, in order, so the decider would call each an identical repeat
     * ({@link RecordResult#ALREADY_RECORDED}) without checking a rule, and the import would write nothing. That is
     * the common case of a command line that records its file before every query. Anything else goes the full way,
     * which decides it by the rules and reports any failure exactly as before: a development that is new, changed
     * or stored in another order, a file that does not read, a stored history that does not read, or an import of
     * the same negotiation running in this engine (the full way waits for it).
     *
     * @return the import's report, or empty when only the full import can tell
     */
    private Optional<ImportReport> storedAlready(Supplier<TimelineReader> open, Progress progress) {
        try (TimelineReader reader = open.get()) {
            String negotiationId = reader.negotiationId();
            if (imports.containsKey(negotiationId)) {
                return Optional.empty();
            }
            DomainEventStream stored = storage.engine().readEvents(negotiationId, 0);
            long repeats = 0;
            while (reader.hasNext()) {
                if (!stored.hasNext() || !identical(reader.next(), (Development) stored.next().getPayload())) {
                    return Optional.empty();
                }
                if (++repeats % IMPORT_CHUNK == 0) {
                    progress.update(reader.bytesRead(), reader.totalBytes());
                }
            }
            progress.update(reader.totalBytes(), reader.totalBytes());
            return Optional.of(new ImportReport(reader.source(), negotiationId, 0, repeats));
        } catch (RuntimeException unanswered) {
            return Optional.empty();
        }
    }

    /** The decider's test of an identical repeat: the same content fingerprint (which covers the id). */
    private static boolean identical(Development read, Development stored) {
        ParleyJson codec = ParleyJson.codec();
        return codec.fingerprint(read).equals(codec.fingerprint(stored));
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
            CommandSide started = commandSide;
            if (started != null) {
                started.cache().remove(negotiationId);
            }
            readSide.forget(negotiationId);   // its chunks' states were cached after their (deferred) commits
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
            if (Failures.isConcurrency(failure)) {
                throw failure;
            }
            RuntimeException translated = Failures.translate(failure, "importing");
            if (translated instanceof RuleViolationException violation) {
                throw reader.locate(violation);
            }
            throw translated;
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
     * @return the state of a negotiation at a cut: the read side's current state when there is no cut, else a
     *         fold at the cut of the stored history (cached, decoded), cut first to what was stored by
     *         {@link AsOf#recordedBy()} when that is given
     */
    public Optional<NegotiationState> state(String negotiationId, AsOf asOf, LocalDate today) {
        return timed(() -> Failures.guard("reading the state of '" + negotiationId + "'", () -> {
            Optional<NegotiationState> folded = asOf.isNow() ? readSide.state(negotiationId)
                    : histories.stateAsOf(negotiationId, asOf);
            return folded.filter(NegotiationState::isOpened)
                    .map(state -> NegotiationProjection.evaluate(state, asOf, today));
        }), (answer, nanos) -> instrumentation.queried(asOf, nanos), (failure, nanos) -> { });
    }

    /** @return all negotiation ids with something stored, sorted */
    public List<String> negotiations() {
        return Failures.guard("listing negotiations", readSide::negotiations);
    }

    /** @return the stored developments of a negotiation, in order, read from the event store (not a snapshot) */
    public List<Development> developments(String negotiationId) {
        return Failures.guard("reading the developments of '" + negotiationId + "'",
                () -> developments(negotiationId, Long.MAX_VALUE));
    }

    /**
     * Writes a negotiation's stored developments as a timeline file, read lazily from the event store (which
     * reads in batches), so a negotiation of any length is exported holding a batch at a time.
     *
     * @return how many developments were written
     */
    public long export(String negotiationId, OutputStream out, Progress progress) {
        return Failures.guard("exporting '" + negotiationId + "'", () -> exportStored(negotiationId, out, progress));
    }

    private long exportStored(String negotiationId, OutputStream out, Progress progress) {
        // The storage engine, not the event store: outside a unit of work they read the same, and reading must not
        // start the command side.
        long total = storage.engine().lastSequenceNumberFor(negotiationId).map(last -> last + 1).orElse(0L);
        try (java.util.stream.Stream<? extends DomainEventMessage<?>> events =
                     storage.engine().readEvents(negotiationId, 0).asStream()) {
            Iterator<Development> developments = events.map(event -> (Development) event.getPayload()).iterator();
            TimelineFiles.write(negotiationId, developments, total, out, progress);
        }
        return total;
    }

    /**
     * Writes every readable stored development of a negotiation as a timeline file, skipping the ones that cannot
     * be read (damaged JSON, a field or type this version does not know), and reports those with their payload as
     * stored. The store is read from the sequence number after each unreadable one again, so one damaged
     * development costs nothing but itself.
     *
     * @return what was written and what could not be read
     */
    public SalvageReport salvage(String negotiationId, OutputStream out, Progress progress) {
        return Failures.guard("salvaging '" + negotiationId + "'", () -> {
            long total = storage.engine().lastSequenceNumberFor(negotiationId).map(last -> last + 1).orElse(0L);
            List<SalvageReport.Unreadable> unreadable = new ArrayList<>();
            SalvagedDevelopments readable = new SalvagedDevelopments(negotiationId, total, unreadable);
            TimelineFiles.write(negotiationId, readable, total, out, progress);
            return new SalvageReport(negotiationId, readable.written, unreadable);
        });
    }

    /** The readable developments of a stored history, noting each unreadable one on the way. */
    private final class SalvagedDevelopments implements Iterator<Development> {
        private final String negotiationId;
        private final long total;
        private final List<SalvageReport.Unreadable> unreadable;
        private Iterator<? extends DomainEventMessage<?>> events;
        private long nextSequence;
        private Development next;
        private long written;

        SalvagedDevelopments(String negotiationId, long total, List<SalvageReport.Unreadable> unreadable) {
            this.negotiationId = negotiationId;
            this.total = total;
            this.unreadable = unreadable;
        }

        @Override
        public boolean hasNext() {
            while (next == null && nextSequence < total) {
                try {
                    if (events == null) {
                        events = storage.engine().readEvents(negotiationId, nextSequence);
                    }
                    if (!events.hasNext()) {
                        return false;
                    }
                    DomainEventMessage<?> event = events.next();
                    nextSequence = event.getSequenceNumber();
                    next = (Development) event.getPayload();
                    nextSequence++;
                } catch (RuntimeException failure) {
                    if (Failures.isDatabaseFailure(failure)) {
                        throw failure;
                    }
                    noteUnreadable(nextSequence, failure);
                    nextSequence++;
                    events = null;   // the stream broke: read again after the unreadable one
                }
            }
            return next != null;
        }

        @Override
        public Development next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Development development = next;
            next = null;
            written++;
            return development;
        }

        private void noteUnreadable(long sequence, RuntimeException failure) {
            Storage.StoredPayload stored = storage.stored().read(negotiationId, sequence)
                    .orElse(new Storage.StoredPayload("?", "?", ""));
            unreadable.add(new SalvageReport.Unreadable(sequence, stored.type(), stored.revision(),
                    Failures.unreadableReason(failure), stored.payload()));
        }
    }

    /** @return the stored developments of a negotiation up to a sequence number, in order */
    private List<Development> developments(String negotiationId, long lastSequence) {
        return developments(storage.engine(), negotiationId, 0, lastSequence);
    }

    /**
     * Reads from the storage engine, not the event store: inside a writing unit of work the event store would
     * add the unit's staged developments, which the read side is handling at that moment.
     */
    private static List<Development> developments(EventStorageEngine engine, String negotiationId, long first,
                                                  long last) {
        try (java.util.stream.Stream<? extends DomainEventMessage<?>> events =
                     engine.readEvents(negotiationId, first).asStream()) {
            return events.takeWhile(event -> event.getSequenceNumber() <= last)
                    .map(EventMessage::getPayload)
                    .map(Development.class::cast)
                    .toList();
        }
    }

    /**
     * Rebuilds the read side from the event store: every negotiation is re-folded from its whole stored history
     * (so anything unreadable in it is reported now) and its row written with a fresh checkpoint.
     *
     * @param progress told the developments folded so far of those stored
     */
    public void rebuild(Progress progress) {
        Failures.guard("rebuilding the read side", () -> {
            readSide.forgetCached();
            readSide.addMissingRows();
            unreadableHistory.set(null);
            List<String> negotiations = readSide.negotiations();
            Map<String, Long> lastSequences = new java.util.LinkedHashMap<>();
            for (String id : negotiations) {
                storage.engine().lastSequenceNumberFor(id).ifPresent(last -> lastSequences.put(id, last));
            }
            long total = lastSequences.values().stream().mapToLong(last -> last + 1).sum();
            long done = 0;
            progress.update(done, total);
            for (Map.Entry<String, Long> negotiation : lastSequences.entrySet()) {
                done += readSide.rebuild(negotiation.getKey(), negotiation.getValue());
                failIfUnreadable();
                progress.update(done, total);
            }
            return null;
        });
    }

    /**
     * A rebuild reports the first stored development it could not read (with the negotiation, sequence number and
     * type), even where the serializer's failure was caught on the way, instead of a state that silently lacks it.
     */
    private void failIfUnreadable() {
        StoreException unreadable = unreadableHistory.get();
        if (unreadable != null) {
            throw new StoreException("the stored history cannot be read: " + unreadable.getMessage(), unreadable);
        }
    }

    @Override
    public void close() {
        CommandSide started;
        synchronized (this) {
            closed = true;
            started = commandSide;
        }
        try {
            if (started != null) {
                started.configuration().shutdown();
            }
            snapshotExecutor.shutdown();
            if (!snapshotExecutor.awaitTermination(30, TimeUnit.SECONDS)) {
                snapshotExecutor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            instrumentation.close();
            onClose.run();
        }
    }
}
