package dev.parley;

import dev.parley.engine.Engine;
import dev.parley.engine.Instrumentation;
import dev.parley.engine.MicrometerInstrumentation;
import dev.parley.model.ParleyJson;
import dev.parley.timeline.ImportReport;
import dev.parley.timeline.SalvageReport;
import dev.parley.timeline.Progress;
import dev.parley.model.StateDiff;
import dev.parley.model.TimelineReader;
import dev.parley.model.TimelineView;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.TimelineQuery;
import dev.parley.timeline.state.Change;
import dev.parley.timeline.NegotiationLog;
import dev.parley.timeline.RecordResult;
import dev.parley.timeline.StoreException;
import dev.parley.timeline.TimelineFormatException;
import dev.parley.timeline.state.NegotiationState;
import io.micrometer.core.instrument.MeterRegistry;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The entry point of Parley: an embeddable, thread-safe {@link NegotiationLog} over an event store.
 *
 * <pre>{@code
 * try (Parley parley = Parley.h2(Path.of("data/parley"))) {
 *     parley.record(NegotiationOpened.titled(Envelope.of("opened", "ru-ua-2025", "2025-05-16"),
 *             "Russia-Ukraine direct talks"));
 *     parley.state("ru-ua-2025").ifPresent(System.out::println);
 *     parley.importTimeline(Path.of("talks.json"), Progress.NONE);   // a whole file: streamed, all or nothing
 * }
 * }</pre>
 *
 * Stores: {@link #inMemory()} (nothing survives close), {@link #h2(Path)} (an embedded file, the CLI's default)
 * and {@link #jdbc(DataSource)} / {@link #jdbc(String, String, String)} (PostgreSQL, or any database Axon's
 * {@code PostgresEventTableFactory} DDL runs on). Tables are created on first start. For options use
 * {@link #builder()}.
 */
public final class Parley implements NegotiationLog {
    private final Engine engine;
    private final Clock clock;

    private Parley(Engine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    /** @return a Parley keeping everything in memory */
    public static Parley inMemory() {
        return builder().inMemory().build();
    }

    /**
     * @param file the database file, without H2's {@code .mv.db} suffix (it is stripped if given); parent
     *             folders are created
     * @return a Parley on an embedded H2 file database
     * @throws IllegalArgumentException when the path holds what H2 reads as URL syntax ({@code ;}, after which
     *                                  it reads settings such as {@code INIT}, which runs SQL, or {@code :}) or a
     *                                  control character; nothing is created then
     */
    public static Parley h2(Path file) {
        return builder().h2(file).build();
    }

    /**
     * @param dataSource a pooled data source; it is not closed by {@link #close()}
     * @return a Parley storing in that database
     */
    public static Parley jdbc(DataSource dataSource) {
        return builder().jdbc(dataSource).build();
    }

    /**
     * @param url      a JDBC URL such as {@code jdbc:postgresql://localhost:5432/parley}
     * @param user     the user
     * @param password the password
     * @return a Parley with its own HikariCP pool on that database, closed by {@link #close()}
     */
    public static Parley jdbc(String url, String user, String password) {
        return builder().jdbc(url, user, password).build();
    }

    /** @return a builder for a Parley with non-default options */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Records one development after checking it against every rule, as {@link NegotiationLog#record(Development)}
     * specifies: idempotent by id, nothing stored when a rule is broken.
     *
     * @param development the development
     * @return {@link RecordResult#RECORDED}, or {@link RecordResult#ALREADY_RECORDED} for a repeat
     * @throws dev.parley.timeline.RuleViolationException when the development breaks a rule; nothing is stored
     * @throws StoreException                             when the store fails
     */
    @Override
    public RecordResult record(Development development) {
        Objects.requireNonNull(development, "development");
        return engine.record(List.of(development)).get(0);
    }

    /**
     * Records developments in one transaction, in order, as {@link NegotiationLog#recordAll(List)} specifies: all
     * or none, identical repeats skipped. An empty list stores nothing.
     *
     * @param developments the developments, in the order they must be applied
     * @return one result per development, in order
     * @throws dev.parley.timeline.RuleViolationException when any development breaks a rule; nothing is stored
     * @throws StoreException                             when the store fails; nothing is stored
     */
    @Override
    public List<RecordResult> recordAll(List<? extends Development> developments) {
        Objects.requireNonNull(developments, "developments");
        if (developments.isEmpty()) {
            return List.of();
        }
        return engine.record(developments);
    }

    /**
     * Projects a negotiation's current state, deadlines judged against today in this Parley's clock
     * ({@link Builder#clock(Clock)}); the same as {@code state(negotiationId, AsOf.now())}.
     *
     * @param negotiationId the negotiation
     * @return its current state, or empty when no such negotiation was opened
     */
    @Override
    public Optional<NegotiationState> state(String negotiationId) {
        return state(negotiationId, AsOf.now());
    }

    /**
     * Replays a negotiation at a point on either or both time axes, as {@link NegotiationLog#state(String, AsOf)}
     * specifies; today, for deadlines, is this Parley's clock's.
     *
     * @param negotiationId the negotiation
     * @param asOf          the cut
     * @return its state at that point, or empty when it was not opened by then (or never)
     */
    @Override
    public Optional<NegotiationState> state(String negotiationId, AsOf asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return engine.state(negotiationId, asOf, LocalDate.now(clock));
    }

    /**
     * Compares a negotiation's state at two points, as {@link NegotiationLog#diff(String, AsOf, AsOf)} specifies;
     * a point before it was opened counts as the empty initial state.
     *
     * @param negotiationId the negotiation
     * @param from          the earlier point
     * @param to            the later point
     * @return what changed between the two states, each change naming the developments that caused it
     */
    @Override
    public List<Change> diff(String negotiationId, AsOf from, AsOf to) {
        NegotiationState empty = NegotiationState.initial(negotiationId);
        return StateDiff.between(state(negotiationId, from).orElse(empty), state(negotiationId, to).orElse(empty));
    }

    /**
     * Lists a negotiation's developments by when they happened, filtered by a query, as
     * {@link NegotiationLog#timeline(String, TimelineQuery)} specifies.
     *
     * @param negotiationId the negotiation
     * @param query         which developments to show ({@link TimelineQuery#all()} for every one)
     * @return the matching developments ordered by when they occurred
     */
    @Override
    public List<Development> timeline(String negotiationId, TimelineQuery query) {
        return TimelineView.of(engine.developments(negotiationId), Objects.requireNonNull(query, "query"));
    }

    /**
     * Lists every development of a negotiation in recorded order, as read from the event store.
     *
     * @param negotiationId the negotiation
     * @return its developments in recorded order (empty when unknown)
     */
    @Override
    public List<Development> developments(String negotiationId) {
        return engine.developments(negotiationId);
    }

    /**
     * Lists the negotiations in the store, as {@link NegotiationLog#negotiations()} specifies.
     *
     * @return the ids of all negotiations in the store, sorted
     */
    @Override
    public List<String> negotiations() {
        return engine.negotiations();
    }

    /**
     * Rebuilds the read side from the event store, for instance after an upgrade changed the fold: every
     * negotiation is re-folded from its whole stored history (so a stored development this version cannot read
     * is reported now, as a {@link StoreException}), its checkpoint replaced, and a negotiation stored without a
     * read-side row (written by a tool, not by Parley) given one. Writers and queries go on meanwhile.
     *
     * <pre>{@code
     * parley.rebuild((folded, total) -> System.err.printf("%d/%d%n", folded, total));
     * }</pre>
     *
     * @param progress told, repeatedly, the developments re-folded so far and all stored
     */
    public void rebuild(Progress progress) {
        engine.rebuild(Objects.requireNonNull(progress, "progress"));
    }

    /**
     * Imports a timeline file (format {@code parley/1}, see {@code docs/format.md}) into this store: streamed
     * (only a chunk of the file is in memory at a time; memory grows with the negotiation's state, not with the
     * file), atomic (a bad byte or a broken rule anywhere, even in the last development, leaves the store as it
     * was) and idempotent (developments already recorded identically are skipped, so importing a file twice adds
     * nothing; a file whose developments are all stored already, in its order, is answered by reading alone,
     * without a write). Other writers to the same negotiation in this process wait for the import.
     *
     * <pre>{@code
     * ImportReport report = parley.importTimeline(Path.of("talks.json"), Progress.NONE);
     * }</pre>
     *
     * @param file     the timeline file
     * @param progress told bytes read of the file's size, after every chunk
     * @return how many developments were new and how many already recorded
     * @throws TimelineFormatException when the file is invalid or a development breaks a rule; the message names
     *                                 file, line, column, JSON pointer, development id and rule
     * @throws StoreException          when the store fails
     */
    public ImportReport importTimeline(Path file, Progress progress) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(progress, "progress");
        return engine.importTimeline(() -> TimelineReader.open(file), progress);
    }

    /**
     * Writes one negotiation from the store as a timeline file (format {@code parley/1}), streamed from the event
     * store a batch at a time, so a negotiation of any length is exported in constant memory. Importing the output
     * into an empty store gives back exactly the same developments.
     *
     * <pre>{@code
     * try (OutputStream out = Files.newOutputStream(Path.of("talks.json"))) {
     *     parley.exportTimeline("ru-ua-2025", out, Progress.NONE);
     * }
     * }</pre>
     *
     * @param negotiationId the negotiation; an unknown one gives a file without developments
     * @param out           where to write; not closed
     * @param progress      told developments written of all
     * @return how many developments were written
     */
    public long exportTimeline(String negotiationId, OutputStream out, Progress progress) {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(out, "out");
        return engine.export(negotiationId, out, Objects.requireNonNull(progress, "progress"));
    }

    /**
     * Exports what can still be read of a damaged negotiation: every stored development that reads is written as a
     * timeline file (as {@link #exportTimeline} writes it), and every one that does not (damaged JSON, a field or a
     * type this version does not know) is listed in a second JSON document with its sequence number, stored type,
     * the reason and its payload exactly as stored. Repair those payloads by hand, add them to the timeline file
     * and import it into a new store. {@link #exportTimeline} instead fails at the first unreadable development.
     *
     * <pre>{@code
     * try (OutputStream out = Files.newOutputStream(Path.of("talks.json"));
     *      OutputStream unreadable = Files.newOutputStream(Path.of("talks.unreadable.json"))) {
     *     SalvageReport report = parley.exportSalvaged("talks", out, unreadable, Progress.NONE);
     * }
     * }</pre>
     *
     * @param negotiationId the negotiation
     * @param out           where the timeline file of the readable developments goes; not closed
     * @param unreadable    where the list of unreadable developments goes (the {@link SalvageReport} as JSON); not
     *                      closed
     * @param progress      told developments read of all stored
     * @return how many developments were written, and which could not be read
     * @throws StoreException when the store itself fails
     */
    public SalvageReport exportSalvaged(String negotiationId, OutputStream out, OutputStream unreadable,
                                        Progress progress) {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(unreadable, "unreadable");
        SalvageReport report = engine.salvage(negotiationId, out, Objects.requireNonNull(progress, "progress"));
        try {
            unreadable.write(ParleyJson.codec().writePretty(report).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return report;
    }

    /**
     * Stops the engine and closes the pool this Parley opened itself ({@link #h2(Path)},
     * {@link #jdbc(String, String, String)}); a {@link DataSource} given to {@link #jdbc(DataSource)} stays open.
     */
    @Override
    public void close() {
        engine.close();
    }

    /**
     * Configures a {@link Parley}. Choose at most one store (memory when none is chosen) and set each option at
     * most once: a second store or a second value of an option is an {@link IllegalStateException} naming both,
     * never a silent override.
     *
     * <pre>{@code
     * Parley parley = Parley.builder().h2(Path.of("parley")).snapshotEvery(250).build();
     * }</pre>
     */
    public static final class Builder {
        private static final long DEFAULT_READ_SIDE_CACHE = 200_000;
        private static final Duration DEFAULT_READ_SIDE_TIMEOUT = Duration.ofSeconds(60);
        /** How the store was chosen, e.g. {@code h2(/data/parley)}; null until one is. */
        private String storeChoice;
        private Function<Engine.Settings, Engine> store;
        private Integer snapshotEvery;
        private Duration readSideTimeout;
        private Duration writeTimeout;
        private Long readSideCache;
        private Clock clock;
        private String tablePrefix;
        /** Null until a registry is given; only then is Micrometer touched. */
        private Instrumentation instrumentation;

        private Builder() {
        }

        /**
         * @return this builder, storing in memory (the default when no store is chosen)
         * @throws IllegalStateException when a store was chosen already
         */
        public Builder inMemory() {
            chooseStore("inMemory()", Engine::inMemory);
            return this;
        }

        /**
         * @param file the H2 database file (see {@link Parley#h2(Path)})
         * @return this builder, storing in an embedded H2 file
         * @throws IllegalStateException    when a store was chosen already
         * @throws IllegalArgumentException when the path is not a plain file path (see {@link Parley#h2(Path)})
         */
        public Builder h2(Path file) {
            Objects.requireNonNull(file, "file");
            Path database = Engine.h2Location(file);
            chooseStore("h2(" + database + ")", settings -> Engine.h2(database, settings));
            return this;
        }

        /**
         * @param dataSource a pooled data source, owned by the caller
         * @return this builder, storing in that database
         * @throws IllegalStateException when a store was chosen already
         */
        public Builder jdbc(DataSource dataSource) {
            Objects.requireNonNull(dataSource, "dataSource");
            chooseStore("jdbc(" + dataSource.getClass().getSimpleName() + ")",
                    settings -> Engine.jdbc(dataSource, settings));
            return this;
        }

        /**
         * @param url      the JDBC URL
         * @param user     the user
         * @param password the password
         * @return this builder, storing in that database through a HikariCP pool owned by the Parley
         * @throws IllegalStateException when a store was chosen already
         */
        public Builder jdbc(String url, String user, String password) {
            Objects.requireNonNull(url, "url");
            chooseStore("jdbc(" + url + ")", settings -> Engine.jdbc(url, user, password, settings));
            return this;
        }

        private void chooseStore(String choice, Function<Engine.Settings, Engine> factory) {
            if (storeChoice != null) {
                throw new IllegalStateException("a Parley has one store: " + storeChoice
                        + " was chosen already, so " + choice + " cannot be chosen too");
            }
            storeChoice = choice;
            store = factory;
        }

        /** Settings are set at most once, so that a second call never silently overrides the first. */
        private static <T> T once(String setting, T current, T value) {
            if (current != null) {
                throw new IllegalStateException(setting + " was set already (to " + current
                        + "), so it cannot be set again (to " + value + ")");
            }
            return value;
        }

        /**
         * @param events how many developments of one negotiation between snapshots (default: 1000 on H2 and
         *               JDBC stores, none in memory, where there is nothing to reload from)
         * @return this builder
         * @throws IllegalStateException when it was set already
         */
        public Builder snapshotEvery(int events) {
            if (events < 1) {
                throw new IllegalArgumentException("snapshotEvery must be at least 1, got " + events);
            }
            this.snapshotEvery = once("snapshotEvery", snapshotEvery, events);
            return this;
        }

        /**
         * @param timeout how long a write into a negotiation waits while this {@code Parley} imports a file into
         *                it (default 60 s); queries never wait, the read side commits with the developments
         * @return this builder
         * @throws IllegalStateException when it was set already
         */
        public Builder readSideTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            this.readSideTimeout = once("readSideTimeout", readSideTimeout, timeout);
            return this;
        }

        /**
         * How long a write into a negotiation waits for other writers of the same negotiation (other processes or
         * other {@code Parley}s on the same database, including their imports) before it is refused with a
         * {@link StoreException}. On PostgreSQL writers queue on a lock of the negotiation; elsewhere a write that
         * lost the race is retried from fresh state until this has passed.
         *
         * <pre>{@code
         * Parley.builder().jdbc(dataSource).writeTimeout(Duration.ofMinutes(30)).build();
         * }</pre>
         *
         * @param timeout how long to wait, positive (default 10 minutes)
         * @return this builder
         * @throws IllegalStateException when it was set already
         */
        public Builder writeTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("writeTimeout must be positive, got " + timeout);
            }
            this.writeTimeout = once("writeTimeout", writeTimeout, timeout);
            return this;
        }

        /**
         * Bounds the memory of the read side, which caches the current state of negotiations for fast queries,
         * and of the decoded histories that queries at a cut ({@link AsOf}) fold: each cache holds up to this many
         * developments in all (a state takes roughly a kilobyte per development). What does not fit is read again
         * when it is queried: a state from its stored checkpoint and the developments after it, a history from
         * the store.
         *
         * @param developments developments the cached states may hold together (default 200,000); 0 caches none
         * @return this builder
         * @throws IllegalStateException when it was set already
         */
        public Builder readSideCache(long developments) {
            if (developments < 0) {
                throw new IllegalArgumentException("readSideCache must not be negative, got " + developments);
            }
            this.readSideCache = once("readSideCache", readSideCache, developments);
            return this;
        }

        /**
         * Names Parley's tables on H2 and JDBC stores, so that they never mix with an Axon application's (or
         * anyone's) in the same database: {@code PREFIX + "domain_event_entry"} and
         * {@code PREFIX + "snapshot_event_entry"}. Without this call the prefix is {@code parley_}, and a store made
         * by Parley 0.1 under Axon's default names ({@code domainevententry}, {@code snapshotevententry}) is used
         * in place when Parley's own tables do not exist yet; with it, exactly the names given are used.
         *
         * <pre>{@code
         * Parley.builder().jdbc(dataSource).tablePrefix("audit.parley_").build();   // schema created if missing
         * }</pre>
         *
         * @param prefix lowercase letters, digits and underscores starting with a letter, optionally after a
         *               schema and a dot: {@code parley_}, {@code news_}, {@code audit.parley_}, {@code audit.}
         * @return this builder
         * @throws IllegalArgumentException when the prefix is not of that form
         * @throws IllegalStateException when it was set already
         */
        public Builder tablePrefix(String prefix) {
            this.tablePrefix = once("tablePrefix", this.tablePrefix, Engine.checkTablePrefix(prefix));
            return this;
        }

        /**
         * @param clock the clock that decides "today" for deadlines in the current state (default: system UTC);
         *              fix it in tests
         * @return this builder
         * @throws IllegalStateException when it was set already
         */
        public Builder clock(Clock clock) {
            Objects.requireNonNull(clock, "clock");
            this.clock = once("clock", this.clock, clock);
            return this;
        }

        /**
         * Publishes Parley's metrics to a Micrometer registry. Micrometer ({@code io.micrometer:micrometer-core})
         * is an optional dependency: Parley runs without it as long as this method is not called. The meters:
         * <table>
         * <caption>Parley's meters</caption>
         * <tr><th>name</th><th>type</th><th>tags</th><th>counts or times</th></tr>
         * <tr><td>{@code parley.developments.recorded}</td><td>counter</td><td>{@code type} (JSON type name,
         *     {@code offer-made})</td><td>developments newly stored by {@code record} and {@code recordAll}
         *     (not those already recorded)</td></tr>
         * <tr><td>{@code parley.developments.rejected}</td><td>counter</td><td>{@code rule}
         *     ({@link dev.parley.timeline.Rule} name)</td><td>calls ({@code record}, {@code recordAll},
         *     {@code importTimeline}) that stored nothing because a development broke a rule or a file was
         *     malformed</td></tr>
         * <tr><td>{@code parley.records}</td><td>timer</td><td>{@code outcome}: {@code success},
         *     {@code rejected}, {@code failure}</td><td>each {@code record} or {@code recordAll} call, retries
         *     included</td></tr>
         * <tr><td>{@code parley.queries}</td><td>timer</td><td>{@code cut}: {@code now}, {@code as-of}</td>
         *     <td>each state query answered: the current state, or at a cut</td></tr>
         * <tr><td>{@code parley.imports}</td><td>timer</td><td>{@code outcome}</td><td>each
         *     {@code importTimeline} call</td></tr>
         * <tr><td>{@code parley.imports.developments}</td><td>counter</td><td>{@code result}:
         *     {@code recorded}, {@code already-recorded}</td><td>developments of committed imports</td></tr>
         * <tr><td>{@code parley.checkpoints.written}</td><td>counter</td><td></td><td>checkpoints of a
         *     negotiation's state written to the read side (H2 and JDBC stores)</td></tr>
         * <tr><td>{@code cache.gets}, {@code cache.size}, {@code cache.evictions} ...</td><td>Micrometer's
         *     Caffeine cache meters</td><td>{@code cache}: {@code parley.read-side} (current states),
         *     {@code parley.histories} (decoded histories for cuts); {@code cache.gets} also {@code result}:
         *     {@code hit}, {@code miss}</td><td>the two read-side caches; removed when the Parley closes</td></tr>
         * </table>
         *
         * <pre>{@code
         * Parley parley = Parley.builder().h2(Path.of("parley")).meterRegistry(registry).build();
         * }</pre>
         *
         * @param registry the registry; Parley never closes it
         * @return this builder
         * @throws IllegalStateException when a registry was given already
         */
        public Builder meterRegistry(MeterRegistry registry) {
            Objects.requireNonNull(registry, "registry");
            this.instrumentation = once("meterRegistry", instrumentation, new MicrometerInstrumentation(registry));
            return this;
        }

        /**
         * Opens the store, creating tables if needed. Axon's command side (command bus, aggregate, snapshotter)
         * starts with the first write, so a Parley that only reads, or imports a file whose developments are all
         * stored already, never starts it.
         *
         * @return a running Parley; close it
         * @throws StoreException when the store cannot be opened
         */
        public Parley build() {
            Engine.Settings settings = new Engine.Settings(snapshotEvery == null ? 0 : snapshotEvery,
                    readSideTimeout != null ? readSideTimeout : DEFAULT_READ_SIDE_TIMEOUT,
                    readSideCache != null ? readSideCache : DEFAULT_READ_SIDE_CACHE, tablePrefix,
                    writeTimeout != null ? writeTimeout : Engine.DEFAULT_WRITE_TIMEOUT,
                    instrumentation != null ? instrumentation : Instrumentation.NONE);
            Engine engine = store != null ? store.apply(settings) : Engine.inMemory(settings);
            return new Parley(engine, clock != null ? clock : Clock.systemUTC());
        }
    }
}
