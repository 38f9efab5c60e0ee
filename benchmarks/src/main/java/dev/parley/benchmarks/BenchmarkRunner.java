package dev.parley.benchmarks;

import dev.parley.Parley;
import dev.parley.model.NegotiationDecider;
import dev.parley.model.NegotiationProjection;
import dev.parley.model.TimelineFiles;
import dev.parley.model.TimelineReader;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.Progress;

import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.LinkedHashSet;

/**
 * Runs every benchmark row and prints, as a Markdown table, each figure next to a limit measured in the same run,
 * their ratio and the target, PASS or MISS. Rows interleave the limit and the figure repetition by
 * repetition (this machine's speed drifts within a day) and show the median.
 *
 * <pre>
 * java -jar benchmarks/target/parley-benchmarks.jar [--quick] [--postgres URL USER PASSWORD_FILE]
 * </pre>
 *
 * Memory and H2 always run; PostgreSQL rows run when {@code --postgres} is given (the password is the first line
 * of the file). Only Parley's public API is measured. See {@code docs/performance.md}.
 */
public final class BenchmarkRunner {
    private static final String USAGE = "java -jar benchmarks/target/parley-benchmarks.jar [--quick] "
            + "[--postgres URL USER PASSWORD_FILE] [--only record,import,validate,validate-types,rebuild,as-of,start-up] "
            + "[--types TYPE,...]";
    /** The sections of the table, for {@code --only}. */
    public static final Set<String> SECTIONS = Set.of("record", "import", "validate", "validate-types", "rebuild",
            "as-of", "start-up");
    private static final long SEED = 20_260_101L;
    private static final String SEED_NEGOTIATION = "seed";
    private static final int SEED_DEVELOPMENTS = 17;
    /** Largest negotiation the start-up filler writes at once, so that an import's state stays small. */
    private static final int FILLER_CHUNK = 200_000;
    /** Half the heap per development of a large negotiation in release 0.3 (3,400-4,600 B): the target. */
    private static final int HEAP_PER_DEVELOPMENT = 1_700;

    private final Scale scale;
    private final PrintStream out;
    private final PrintStream log;
    private final Path work;
    private final List<Row> rows = new ArrayList<>();

    private BenchmarkRunner(Scale scale, PrintStream out, PrintStream log, Path work) {
        this.scale = scale;
        this.out = out;
        this.log = log;
        this.work = work;
    }

    /**
     * @param args {@code --quick}, {@code --postgres URL USER PASSWORD_FILE}, {@code --only SECTION,...}
     * @throws Exception when a store fails
     */
    public static void main(String[] args) throws Exception {
        Scale scale = Scale.full();
        Postgres postgres = null;
        Set<String> sections = SECTIONS;
        Set<String> types = TypedTimeline.types();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> scale = Scale.quick();
                case "--help", "-h" -> {
                    System.out.println("usage: " + USAGE + "\nprints each figure next to a limit measured in the "
                            + "same run, the ratio and the target; see docs/performance.md");
                    return;
                }
                case "--postgres" -> {
                    if (i + 3 >= args.length) {
                        usage("--postgres needs URL USER PASSWORD_FILE");
                    }
                    postgres = new Postgres(args[i + 1], args[i + 2], password(Path.of(args[i + 3])));
                    i += 3;
                }
                case "--only" -> {
                    if (i + 1 >= args.length) {
                        usage("--only needs a comma-separated list of " + SECTIONS);
                    }
                    sections = new LinkedHashSet<>(List.of(args[++i].split(",")));
                    if (!SECTIONS.containsAll(sections)) {
                        usage("--only takes sections of " + SECTIONS + ", not " + args[i]);
                    }
                }
                case "--types" -> {
                    if (i + 1 >= args.length) {
                        usage("--types needs a comma-separated list of " + TypedTimeline.types());
                    }
                    types = new LinkedHashSet<>(List.of(args[++i].split(",")));
                    if (!TypedTimeline.types().containsAll(types)) {
                        usage("--types takes development types of " + TypedTimeline.types() + ", not " + args[i]);
                    }
                }
                default -> usage("unknown argument " + args[i]);
            }
        }
        run(scale, postgres, sections, types, System.out, System.err);
    }

    private static String password(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || lines.get(0).isBlank()) {
                usage("the password file " + file + " is empty; its first line is the password");
            }
            return lines.get(0).strip();
        } catch (IOException e) {
            usage("cannot read the password file " + file + ": " + e);
            throw new AssertionError("unreachable");
        }
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: " + USAGE);
        System.exit(2);
    }

    /**
     * Where PostgreSQL rows run.
     *
     * @param url      JDBC URL
     * @param user     user
     * @param password password
     */
    public record Postgres(String url, String user, String password) {
        @Override
        public String toString() {
            return "Postgres[" + url + ", " + user + "]";
        }
    }

    /**
     * Runs every row, printing each to {@code out} as soon as it is measured.
     *
     * @param scale    workload sizes and repetitions
     * @param postgres where PostgreSQL rows run, or null for none
     * @param out      where the table goes
     * @param log      where progress goes
     * @return the rows, in the order printed
     * @throws Exception when a store fails
     */
    public static List<Row> run(Scale scale, Postgres postgres, PrintStream out, PrintStream log) throws Exception {
        return run(scale, postgres, SECTIONS, out, log);
    }

    /**
     * Runs the rows of some sections only (a start-up store of a million developments alone takes minutes).
     *
     * @param scale    workload sizes and repetitions
     * @param postgres where PostgreSQL rows run, or null for none
     * @param sections which of {@link #SECTIONS} to run
     * @param out      where the table goes
     * @param log      where progress goes
     * @return the rows, in the order printed
     * @throws Exception when the work directory cannot be made
     */
    public static List<Row> run(Scale scale, Postgres postgres, Set<String> sections, PrintStream out,
                                PrintStream log) throws Exception {
        return run(scale, postgres, sections, TypedTimeline.types(), out, log);
    }

    /**
     * Runs the rows of some sections only, and of the {@code validate-types} section those of some types only.
     *
     * @param scale    workload sizes and repetitions
     * @param postgres where PostgreSQL rows run, or null for none
     * @param sections which of {@link #SECTIONS} to run
     * @param types    which of {@link TypedTimeline#types()} the {@code validate-types} rows measure
     * @param out      where the table goes
     * @param log      where progress goes
     * @return the rows, in the order printed
     * @throws Exception when the work directory cannot be made
     */
    public static List<Row> run(Scale scale, Postgres postgres, Set<String> sections, Set<String> types,
                                PrintStream out, PrintStream log) throws Exception {
        Path work = Files.createTempDirectory("parley-benchmarks");
        BenchmarkRunner runner = new BenchmarkRunner(scale, out, log, work);
        out.printf(Locale.ROOT, "Parley benchmarks, %s scale, %s, %d cores, Java %s%n%n", scale.name(),
                LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        out.println(Row.HEADER);
        try (Database.H2 h2 = new Database.H2(work.resolve("h2"))) {
            Files.createDirectories(work.resolve("h2"));
            runner.section(sections, "record", "memory record", runner::memoryRecord);
            runner.section(sections, "record", "H2 record", () -> runner.record(h2, 0.5));
            if (postgres != null) {
                try (Database pg = new Database.Postgres(postgres.url(), postgres.user(), postgres.password())) {
                    runner.section(sections, "record", "PostgreSQL record", () -> runner.record(pg, 0.9));
                    runner.section(sections, "import", "PostgreSQL import", () -> runner.importFile(pg));
                    runner.section(sections, "rebuild", "PostgreSQL rebuild", () -> runner.rebuild(pg));
                    runner.section(sections, "as-of", "PostgreSQL as-of", () -> runner.storedAsOf(pg));
                }
            }
            runner.section(sections, "import", "H2 import", () -> runner.importFile(h2));
            runner.section(sections, "validate", "TimelineFiles.validate", runner::validate);
            for (String type : types) {
                runner.section(sections, "validate-types", "validate per development, " + type,
                        () -> runner.validatePerType(type));
            }
            runner.section(sections, "rebuild", "H2 rebuild", () -> runner.rebuild(h2));
            runner.section(sections, "as-of", "memory as-of", () -> {
                try (Parley parley = Parley.inMemory()) {
                    runner.asOf("memory", parley);
                }
            });
            runner.section(sections, "as-of", "H2 as-of", () -> runner.storedAsOf(h2));
            runner.section(sections, "start-up", "H2 start-up", () -> {
                try (Parley parley = h2.open("asof")) {
                    // The as-of negotiations are in it already when that section ran; the filler tops it up.
                    long stored = sections.contains("as-of") ? scale.asOfLarge() + scale.asOfSmall() : 0;
                    runner.fill(parley, scale.startupHistory() - stored);
                    runner.importSeed(parley);
                }
                try (Parley parley = h2.open("empty")) {
                    runner.importSeed(parley);
                }
                runner.startup(h2.file("empty"), h2.file("asof"));
            });
        } finally {
            Files.deleteIfExists(work);
        }
        long missed = runner.rows.stream().filter(row -> !row.passed()).count();
        out.printf(Locale.ROOT, "%n%d rows, %d PASS, %d MISS%n", runner.rows.size(), runner.rows.size() - missed,
                missed);
        return List.copyOf(runner.rows);
    }

    /**
     * Runs one part of the table when its section is chosen; when it fails, prints a MISS row naming the failure
     * and goes on with the next, so one broken row never costs the rest of a 20-minute run.
     */
    private void section(Set<String> sections, String section, String what, Work work) {
        if (!sections.contains(section)) {
            return;
        }
        try {
            work.run();
        } catch (Exception | Error e) {
            progress(what + " failed: " + e);
            e.printStackTrace(log);
            String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("").replace('|', '/');
            add(new Row(what, "failed: " + e.getClass().getSimpleName() + ": " + message, "—", Double.NaN,
                    Row.Target.atLeast(0)));
        }
    }

    // ---- rows -------------------------------------------------------------------------------------------------

    private void memoryRecord() throws IOException {
        progress("memory record: " + scale.recordCount() + " developments per loop");
        try (Parley parley = Parley.inMemory()) {
            double[][] rates = interleaved(rep -> {
                List<Development> developments = developments("memory-record-" + rep, scale.recordCount());
                return new Timed(() -> {
                    NegotiationDecider decider = NegotiationDecider.initialState("memory-record-" + rep);
                    developments.forEach(decider::record);
                }, () -> {
                    developments.forEach(parley::record);
                    parley.state("memory-record-" + rep).orElseThrow();
                });
            }, scale.recordCount());
            add(throughput("memory record", rates, "bare NegotiationDecider decide + evolve", 0.6));
        }
    }

    private void record(Database database, double target) throws IOException, SQLException {
        String label = database.label();
        progress(label + " record: " + scale.recordCount() + " developments per loop");
        try (Parley parley = database.open("record"); RawEvents raw = RawEvents.create(database, "record")) {
            double[][] rates = interleaved(rep -> {
                String id = "record-" + rep;
                List<Development> developments = developments(id, scale.recordCount());
                byte[][] payloads = RawEvents.payloads(developments);
                return new Timed(() -> raw.insertEachCommitted(id, developments, payloads), () -> {
                    developments.forEach(parley::record);
                    parley.state(id).orElseThrow();
                });
            }, scale.recordCount());
            add(throughput(label + " record", rates, "raw JDBC INSERT + COMMIT each", target));
        }
    }

    private void importFile(Database database) throws IOException, SQLException {
        String label = database.label();
        progress(label + " import: files of " + scale.importCount() + " developments");
        try (Parley parley = database.open("import"); RawEvents raw = RawEvents.create(database, "import")) {
            double[][] rates = interleaved(rep -> {
                String id = "import-" + rep;
                Path file = timeline(id, scale.importCount());
                List<Development> developments = read(file);
                byte[][] payloads = RawEvents.payloads(developments);
                return new Timed(() -> raw.insertBatched(id, developments, payloads), () -> {
                    parley.importTimeline(file, Progress.NONE);
                    Files.delete(file);
                });
            }, scale.importCount(), Math.min(1, scale.warmUps()), scale.heavyRepetitions());
            add(throughput(label + " import of " + count(scale.importCount()), rates,
                    "raw batched INSERT, one COMMIT", 0.5));
        }
    }

    private void validate() throws IOException {
        progress("validate: a file of " + scale.validateCount() + " developments");
        Path file = timeline("validate", scale.validateCount());
        double[] rates = new double[scale.repetitions()];
        for (int rep = -scale.warmUps(); rep < scale.repetitions(); rep++) {
            long nanos = time(() -> TimelineFiles.validate(file));
            if (rep >= 0) {
                rates[rep] = scale.validateCount() / (nanos / 1e9);
            }
        }
        Files.delete(file);
        double rate = Stats.median(rates);
        add(new Row("TimelineFiles.validate of " + count(scale.validateCount()), Row.rate(rate),
                "absolute target " + Row.rate(100_000), rate / 100_000, Row.Target.atLeast(1.0)));
    }

    /**
     * Validate time per development of a file of many developments of one type against that of a file of few, the
     * two interleaved repetition by repetition: flat (ratio near 1) unless a rule or a fold step scans what was
     * recorded before.
     */
    private void validatePerType(String type) throws IOException {
        progress("validate per development: " + scale.typedSmall() + " and " + scale.typedLarge() + " " + type);
        Path small = work.resolve("typed-small.json");
        Path large = work.resolve("typed-large.json");
        long smallCount = TypedTimeline.write(small, "typed-small", type, scale.typedSmall());
        long largeCount = TypedTimeline.write(large, "typed-large", type, scale.typedLarge());
        for (int rep = 0; rep < scale.warmUps(); rep++) {
            TimelineFiles.validate(small);
        }
        int repetitions = scale.heavyRepetitions();
        double[] smallNanos = new double[repetitions];
        double[] largeNanos = new double[repetitions];
        for (int rep = 0; rep < repetitions; rep++) {
            if ((rep & 1) == 0) {
                smallNanos[rep] = time(() -> TimelineFiles.validate(small)) / (double) smallCount;
                largeNanos[rep] = time(() -> TimelineFiles.validate(large)) / (double) largeCount;
            } else {
                largeNanos[rep] = time(() -> TimelineFiles.validate(large)) / (double) largeCount;
                smallNanos[rep] = time(() -> TimelineFiles.validate(small)) / (double) smallCount;
            }
        }
        Files.delete(small);
        Files.delete(large);
        double perLarge = Stats.median(largeNanos);
        double perSmall = Stats.median(smallNanos);
        add(new Row("validate per development, " + count(scale.typedLarge()) + " " + type, Row.micros(perLarge),
                "same, " + count(scale.typedSmall()) + " " + type + ": " + Row.micros(perSmall),
                perLarge / perSmall, Row.Target.atMost(2.0)));
    }

    private void rebuild(Database database) throws IOException, SQLException {
        String label = database.label();
        progress(label + " rebuild: " + scale.importCount() + " developments");
        String id = "rebuild";
        try (Parley parley = database.open("rebuild"); RawEvents raw = RawEvents.create(database, "rebuild")) {
            Path file = timeline(id, scale.importCount());
            List<Development> developments = read(file);
            raw.insertBatched(id, developments, RawEvents.payloads(developments));
            parley.importTimeline(file, Progress.NONE);
            Files.delete(file);
            double[][] rates = interleaved(rep -> new Timed(() -> raw.readDecodeFold(id), () -> {
                parley.rebuild(Progress.NONE);
                parley.state(id).orElseThrow();
            }), scale.importCount(), Math.min(1, scale.warmUps()), scale.heavyRepetitions());
            add(throughput(label + " rebuild + first state, " + count(scale.importCount()), rates,
                    "raw SELECT + Jackson decode + fold", 0.8));
        }
    }

    /**
     * The as-of rows of a store on disk: those of {@link #asOf}, then what only a store that outlives its process
     * shows: the first cut after opening it (every cache empty), cuts on one negotiation larger than the default
     * read-side cache, and the heap one such negotiation takes once asked.
     */
    private void storedAsOf(Database database) throws IOException {
        double largeP50;
        try (Parley parley = database.open("asof")) {
            largeP50 = asOf(database.label(), parley);
        }
        coldCut(database);
        try (Parley parley = database.open("asof")) {
            progress(database.label() + " as-of: one negotiation of " + scale.asOfHuge());
            AsOfTimes huge = asOfTimes(parley, "asof-huge", scale.asOfHuge());
            double p50 = Stats.median(huge.latencies());
            double p99 = Stats.percentile(huge.latencies(), 99);
            String n = " (n=" + huge.latencies().length + ", p99 " + Row.millis(p99) + ")";
            add(new Row(database.label() + " as-of p50 on " + count(scale.asOfHuge()) + " / on "
                    + count(scale.asOfLarge()), Row.millis(p50) + n, "as-of p50 on " + count(scale.asOfLarge())
                    + ": " + Row.millis(largeP50), p50 / largeP50, Row.Target.atMost(2.0)));
        }
        heapPerDevelopment(database);
    }

    /**
     * Opens the store afresh for each repetition (so the read side's and the decoded histories' caches are empty)
     * and times its first cut of the large negotiation, at a random day.
     */
    private void coldCut(Database database) {
        progress(database.label() + " as-of: first cut after opening the store");
        Random random = new Random(SEED);
        LocalDate first = SyntheticTimeline.firstDay();
        long days = ChronoUnit.DAYS.between(first, SyntheticTimeline.lastDay(scale.asOfLarge()));
        double[] cold = new double[scale.heavyRepetitions()];
        for (int rep = 0; rep < cold.length; rep++) {
            AsOf cut = AsOf.occurredBy(first.plusDays(random.nextLong(days)));
            try (Parley parley = database.open("asof")) {
                cold[rep] = time(() -> parley.state("asof-large", cut));
            }
        }
        double median = Stats.median(cold);
        add(new Row(database.label() + " as-of first cut after opening, on " + count(scale.asOfLarge()),
                Row.millis(median) + " (n=" + cold.length + ", slowest " + Row.millis(Arrays.stream(cold).max()
                        .orElseThrow()) + ")", "absolute target 5 ms", median / 5e6, Row.Target.atMost(1.0)));
    }

    /**
     * The live heap a freshly opened store gains once the very large negotiation's current state and one cut of it
     * were asked (its cached state and decoded history), per development of it.
     */
    private void heapPerDevelopment(Database database) {
        progress(database.label() + " as-of: heap per development of the negotiation of " + scale.asOfHuge());
        try (Parley parley = database.open("asof")) {
            parley.state("asof-small");   // the store's own fixed caches and classes, before the large one is asked
            long before = liveHeap();
            parley.state("asof-huge").orElseThrow();
            parley.state("asof-huge", AsOf.occurredBy(SyntheticTimeline.lastDay(scale.asOfHuge()))).orElseThrow();
            // A gain below a collection's noise (tiny workloads) reads as one byte, never as a negative size.
            double perDevelopment = Math.max(1, liveHeap() - before) / (double) scale.asOfHuge();
            add(new Row(database.label() + " heap per development, one negotiation of " + count(scale.asOfHuge()),
                    String.format(Locale.ROOT, "%,.0f B", perDevelopment),
                    "half of 0.3's 3,400-4,600 B: " + String.format(Locale.ROOT, "%,d B", HEAP_PER_DEVELOPMENT),
                    perDevelopment / HEAP_PER_DEVELOPMENT, Row.Target.atMost(1.0)));
        }
    }

    /** @return bytes of live heap, after full collections */
    private static long liveHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            memory.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** @return the p50 of the large negotiation, for rows that compare with it */
    private double asOf(String label, Parley parley) throws IOException {
        progress(label + " as-of: negotiations of " + scale.asOfSmall() + " and " + scale.asOfLarge());
        AsOfTimes small = asOfTimes(parley, "asof-small", scale.asOfSmall());
        AsOfTimes large = asOfTimes(parley, "asof-large", scale.asOfLarge());
        double p50 = Stats.median(large.latencies());
        double p99 = Stats.percentile(large.latencies(), 99);
        double smallP50 = Stats.median(small.latencies());
        String at = " on " + count(scale.asOfLarge());
        String n = " (n=" + large.latencies().length + ")";
        add(new Row(label + " as-of p50" + at, Row.millis(p50) + n, "absolute target 5 ms (foldAsOf of the "
                + "decoded list: " + Row.millis(large.decodedFold()) + ")", p50 / 5e6, Row.Target.atMost(1.0)));
        add(new Row(label + " as-of p99" + at, Row.millis(p99) + n, "absolute target 20 ms", p99 / 20e6,
                Row.Target.atMost(1.0)));
        add(new Row(label + " as-of p50" + at + " / on " + count(scale.asOfSmall()), Row.millis(p50),
                "as-of p50 on " + count(scale.asOfSmall()) + ": " + Row.millis(smallP50), p50 / smallP50,
                Row.Target.atMost(2.0)));
        return p50;
    }

    /**
     * @param latencies   nanoseconds of each timed {@code state(id, asOf)}
     * @param decodedFold median nanoseconds of {@code NegotiationProjection.foldAsOf} over the already-decoded
     *                    history at a few of the same cuts: what a cut costs with no store at all
     */
    private record AsOfTimes(double[] latencies, double decodedFold) {
    }

    /** @return as-of latencies over random cut days of one negotiation, after warm-up, and the decoded-list fold */
    private AsOfTimes asOfTimes(Parley parley, String id, int count) throws IOException {
        Path file = timeline(id, count);
        parley.importTimeline(file, Progress.NONE);
        Files.delete(file);
        parley.state(id).orElseThrow();
        Random random = new Random(SEED + count);
        LocalDate first = SyntheticTimeline.firstDay();
        long days = ChronoUnit.DAYS.between(first, SyntheticTimeline.lastDay(count));
        // Enough untimed cuts for the JIT to compile the cut's code paths: the first section that runs them would
        // otherwise time the interpreter (seen: 32 ms p50 on PostgreSQL, run first, against 5 ms run later).
        // Bounded by the row's time as well, so a store where each cut takes seconds is still measured.
        long warmUntil = System.nanoTime() + scale.asOfSeconds() * 1_000_000_000L;
        for (int i = 0; i < Math.max(2, scale.warmUps() * 15) && (i < 2 || System.nanoTime() < warmUntil); i++) {
            parley.state(id, AsOf.occurredBy(first.plusDays(random.nextLong(days))));
        }
        List<Double> latencies = new ArrayList<>();
        List<AsOf> cuts = new ArrayList<>();
        long deadline = System.nanoTime() + scale.asOfSeconds() * 1_000_000_000L;
        while (latencies.size() < scale.asOfQueries() && (latencies.size() < 5 || System.nanoTime() < deadline)) {
            AsOf cut = AsOf.occurredBy(first.plusDays(random.nextLong(days)));
            cuts.add(cut);
            latencies.add((double) time(() -> parley.state(id, cut)));
        }
        List<Development> history = parley.developments(id);
        double[] folds = new double[Math.min(5, cuts.size())];
        for (int i = 0; i < folds.length; i++) {
            AsOf cut = cuts.get(i);
            folds[i] = time(() -> NegotiationProjection.foldAsOf(id, history, cut));
        }
        return new AsOfTimes(latencies.stream().mapToDouble(Double::doubleValue).toArray(), Stats.median(folds));
    }

    /** Adds negotiations of at most {@link #FILLER_CHUNK} developments until {@code total} more are stored. */
    private void fill(Parley parley, long total) throws IOException {
        progress("start-up store: " + Math.max(0, total) + " more developments");
        for (int chunk = 0; total > 0; chunk++) {
            int size = (int) Math.max(3, Math.min(FILLER_CHUNK, total));
            Path file = timeline("filler-" + chunk, size);
            parley.importTimeline(file, Progress.NONE);
            Files.delete(file);
            total -= size;
        }
    }

    private void importSeed(Parley parley) throws IOException {
        Path file = timeline(SEED_NEGOTIATION, SEED_DEVELOPMENTS);
        parley.importTimeline(file, Progress.NONE);
        Files.delete(file);
    }

    private void startup(Path empty, Path big) throws IOException, InterruptedException {
        progress("start-up: fresh JVMs on the big H2 store and on one holding only the seed");
        int repetitions = scale.heavyRepetitions();
        double[] emptyNanos = new double[repetitions];
        double[] bigNanos = new double[repetitions];
        double[] emptyHeap = new double[repetitions];
        double[] bigHeap = new double[repetitions];
        for (int rep = 0; rep < repetitions; rep++) {
            long[] e = probe(empty);
            long[] b = probe(big);
            emptyNanos[rep] = e[0];
            emptyHeap[rep] = e[1];
            bigNanos[rep] = b[0];
            bigHeap[rep] = b[1];
        }
        String stored = count(Math.max(scale.startupHistory(), scale.asOfLarge() + scale.asOfSmall())) + " stored";
        String name = "H2 start-up + state(seed), " + stored;
        double time = Stats.median(bigNanos);
        double emptyTime = Stats.median(emptyNanos);
        add(new Row(name, Row.millis(time), "same on a store holding only the seed: " + Row.millis(emptyTime),
                time / emptyTime, Row.Target.atMost(2.0)));
        double heap = Stats.median(bigHeap);
        double emptyHeapMedian = Stats.median(emptyHeap);
        add(new Row("H2 heap after start-up, " + stored, megabytes(heap),
                "same on a store holding only the seed: " + megabytes(emptyHeapMedian), heap / emptyHeapMedian,
                Row.Target.atMost(1.5)));
    }

    /** @return nanoseconds to open the store and answer {@code state(seed)} in a fresh JVM, and its live heap */
    private long[] probe(Path store) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                StartupProbe.class.getName(), store.toString(), SEED_NEGOTIATION).redirectErrorStream(true).start();
        String result = null;
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.append(line).append('\n');
                if (line.startsWith("startup ")) {
                    result = line;
                }
            }
        }
        if (process.waitFor() != 0 || result == null) {
            throw new IllegalStateException("the start-up probe on " + store + " failed:\n" + output);
        }
        String[] fields = result.split(" ");
        return new long[] {Long.parseLong(fields[1]), Long.parseLong(fields[2])};
    }

    // ---- machinery ----------------------------------------------------------------------------------------------

    /** What is timed in one repetition: the limit and the figure, on the same data. */
    private record Timed(Work limit, Work figure) {
    }

    /** A timed piece of work. */
    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    /** Prepares one repetition's data (untimed) and says what to time. */
    @FunctionalInterface
    private interface Repetition {
        Timed prepare(int rep) throws Exception;
    }

    /**
     * @return the rates (developments/s) of the limit and of the figure, one per timed repetition, the two
     *         alternating which goes first; warm-up repetitions run both and are not counted
     */
    private double[][] interleaved(Repetition repetition, int developments) {
        return interleaved(repetition, developments, scale.warmUps(), scale.repetitions());
    }

    private double[][] interleaved(Repetition repetition, int developments, int warmUps, int repetitions) {
        double[] limit = new double[repetitions];
        double[] figure = new double[repetitions];
        for (int rep = -warmUps; rep < repetitions; rep++) {
            try {
                Timed timed = repetition.prepare(rep + warmUps);
                long limitNanos;
                long figureNanos;
                if ((rep & 1) == 0) {
                    limitNanos = time(timed.limit());
                    figureNanos = time(timed.figure());
                } else {
                    figureNanos = time(timed.figure());
                    limitNanos = time(timed.limit());
                }
                if (rep >= 0) {
                    limit[rep] = developments / (limitNanos / 1e9);
                    figure[rep] = developments / (figureNanos / 1e9);
                }
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return new double[][] {limit, figure};
    }

    private static Row throughput(String name, double[][] rates, String limitName, double target) {
        double limit = Stats.median(rates[0]);
        double figure = Stats.median(rates[1]);
        return new Row(name, Row.rate(figure), limitName + ": " + Row.rate(limit), figure / limit,
                Row.Target.atLeast(target));
    }

    private static long time(Work work) {
        long start = System.nanoTime();
        try {
            work.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return System.nanoTime() - start;
    }

    private void add(Row row) {
        rows.add(row);
        out.println(row.toMarkdown());
        out.flush();
    }

    private void progress(String message) {
        log.printf(Locale.ROOT, "[%s] %s%n", LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toLocalTime(),
                message);
    }

    private Path timeline(String negotiationId, int count) throws IOException {
        Path file = work.resolve(negotiationId + ".json");
        SyntheticTimeline.write(file, negotiationId, count);
        return file;
    }

    private List<Development> developments(String negotiationId, int count) throws IOException {
        Path file = timeline(negotiationId, count);
        List<Development> developments = read(file);
        Files.delete(file);
        return developments;
    }

    private static List<Development> read(Path file) {
        List<Development> developments = new ArrayList<>();
        try (TimelineReader reader = TimelineReader.open(file)) {
            reader.forEachRemaining(developments::add);
        }
        return developments;
    }

    private static String count(long n) {
        if (n >= 1_000_000 && n % 1_000_000 == 0) {
            return n / 1_000_000 + "M";
        }
        if (n >= 1_000 && n % 1_000 == 0) {
            return n / 1_000 + "k";
        }
        return Long.toString(n);
    }

    private static String megabytes(double bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / (1 << 20));
    }
}
