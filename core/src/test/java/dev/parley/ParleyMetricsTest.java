package dev.parley;

import dev.parley.model.Sample;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.ImportReport;
import dev.parley.timeline.PartyRole;
import dev.parley.timeline.Progress;
import dev.parley.timeline.RuleViolationException;
import dev.parley.timeline.TimelineFormatException;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Parley's meters, read from a SimpleMeterRegistry")
class ParleyMetricsTest {

    static final Sample TALKS = new Sample("talks");
    static final List<Development> OPENING = List.of(TALKS.opened(),
            TALKS.joined("ru", "Russia", PartyRole.PARTY), TALKS.joined("ua", "Ukraine", PartyRole.PARTY));

    final MeterRegistry registry = new SimpleMeterRegistry();
    final List<Parley> opened = new ArrayList<>();

    @TempDir
    Path tempDir;

    Parley inMemory() {
        return open(Parley.builder().inMemory().meterRegistry(registry));
    }

    Parley open(Parley.Builder builder) {
        Parley parley = builder.build();
        opened.add(parley);
        return parley;
    }

    @AfterEach
    void close() {
        opened.forEach(Parley::close);
    }

    double count(String name, String... tags) {
        Search search = registry.find(name).tags(tags);
        return search.counter() != null ? search.counter().count()
                : search.timer() != null ? search.timer().count()
                : search.functionCounter() != null ? search.functionCounter().count() : 0;
    }

    @Nested
    @DisplayName("when recording")
    class Recording {

        @Test
        @DisplayName("count the developments newly stored by JSON type name, and time each call")
        void recorded() {
            Parley parley = inMemory();
            parley.recordAll(OPENING);
            parley.record(TALKS.statement("s1", "Umerov", "we are ready", "2025-06-02"));

            assertThat(count("parley.developments.recorded", "type", "negotiation-opened")).isEqualTo(1);
            assertThat(count("parley.developments.recorded", "type", "party-joined")).isEqualTo(2);
            assertThat(count("parley.developments.recorded", "type", "statement-made")).isEqualTo(1);
            assertThat(count("parley.records", "outcome", "success")).isEqualTo(2);
            assertThat(registry.get("parley.records").tag("outcome", "success").timer().totalTime(
                    java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
        }

        @Test
        @DisplayName("do not count a development recorded again identically (idempotent), but time the call")
        void alreadyRecorded() {
            Parley parley = inMemory();
            parley.recordAll(OPENING);
            parley.recordAll(OPENING);

            assertThat(count("parley.developments.recorded", "type", "party-joined")).isEqualTo(2);
            assertThat(count("parley.records", "outcome", "success")).isEqualTo(2);
        }

        @Test
        @DisplayName("count a rejection by the rule broken, and nothing as recorded")
        void rejected() {
            Parley parley = inMemory();
            parley.recordAll(OPENING);
            assertThatThrownBy(() -> parley.recordAll(List.of(
                    TALKS.statement("s1", "Umerov", "we are ready", "2025-06-02"),
                    TALKS.rejected("r1", "no-such-offer", "Ukraine", "2025-06-02"))))
                    .isInstanceOf(RuleViolationException.class);

            assertThat(count("parley.developments.rejected", "rule", "UNKNOWN_POSITION")).isEqualTo(1);
            assertThat(count("parley.records", "outcome", "rejected")).isEqualTo(1);
            assertThat(count("parley.developments.recorded", "type", "statement-made"))
                    .as("the batch stored nothing").isZero();
        }
    }

    @Nested
    @DisplayName("when importing")
    class Importing {

        Path file() throws IOException {
            Path file = tempDir.resolve("talks.json");
            try (Parley source = Parley.inMemory(); OutputStream out = Files.newOutputStream(file)) {
                source.recordAll(OPENING);
                source.exportTimeline("talks", out, Progress.NONE);
            }
            return file;
        }

        @Test
        @DisplayName("count imports and their developments, new and already recorded")
        void imported() throws IOException {
            Path file = file();
            Parley parley = inMemory();
            ImportReport first = parley.importTimeline(file, Progress.NONE);
            parley.importTimeline(file, Progress.NONE);

            assertThat(first.recorded()).isEqualTo(3);
            assertThat(count("parley.imports", "outcome", "success")).isEqualTo(2);
            assertThat(count("parley.imports.developments", "result", "recorded")).isEqualTo(3);
            assertThat(count("parley.imports.developments", "result", "already-recorded")).isEqualTo(3);
        }

        @Test
        @DisplayName("count a malformed file as a rejection by its rule")
        void malformed() throws IOException {
            Path file = Files.writeString(tempDir.resolve("bad.json"), "{\"format\": \"parley/1\", \"negotia");
            Parley parley = inMemory();
            assertThatThrownBy(() -> parley.importTimeline(file, Progress.NONE))
                    .isInstanceOf(TimelineFormatException.class);

            assertThat(count("parley.imports", "outcome", "rejected")).isEqualTo(1);
            assertThat(count("parley.developments.rejected", "rule", "MALFORMED_INPUT")).isEqualTo(1);
            assertThat(count("parley.imports", "outcome", "success")).isZero();
        }
    }

    @Nested
    @DisplayName("when querying")
    class Querying {

        @Test
        @DisplayName("time current and as-of queries apart")
        void queries() {
            Parley parley = inMemory();
            parley.recordAll(OPENING);
            parley.state("talks");
            parley.state("talks", AsOf.occurredBy(LocalDate.of(2025, 5, 16)));
            parley.state("talks", AsOf.knownAt(LocalDate.of(2025, 5, 17)));

            assertThat(count("parley.queries", "cut", "now")).isEqualTo(1);
            assertThat(count("parley.queries", "cut", "as-of")).isEqualTo(2);
        }

        @Test
        @DisplayName("count hits and misses of the read-side caches with Micrometer's cache meters")
        void caches() {
            Parley parley = inMemory();
            parley.recordAll(OPENING);
            parley.state("talks");                                                // cached by the write
            parley.state("talks", AsOf.occurredBy(LocalDate.of(2025, 5, 16)));   // decoded now
            parley.state("talks", AsOf.occurredBy(LocalDate.of(2025, 5, 16)));   // decoded before

            assertThat(count("cache.gets", "cache", "parley.read-side", "result", "hit")).isEqualTo(1);
            assertThat(count("cache.gets", "cache", "parley.histories", "result", "miss")).isEqualTo(1);
            assertThat(count("cache.gets", "cache", "parley.histories", "result", "hit")).isEqualTo(1);
            assertThat(registry.get("cache.size").tag("cache", "parley.histories").gauge().value()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("count the checkpoints the read side writes on a database, and those of a rebuild")
    void checkpoints() {
        Parley parley = open(Parley.builder().h2(tempDir.resolve("parley")).meterRegistry(registry));
        List<Development> history = new ArrayList<>(OPENING);
        IntStream.range(0, 150).forEach(i -> history.add(TALKS.statement("s" + i, "Umerov", "day " + i,
                "2025-06-02")));
        parley.recordAll(history.subList(0, 50));
        assertThat(count("parley.checkpoints.written")).as("fewer than 100 developments: none").isZero();

        parley.recordAll(history.subList(50, history.size()));
        assertThat(count("parley.checkpoints.written")).isEqualTo(1);

        parley.rebuild(Progress.NONE);
        assertThat(count("parley.checkpoints.written")).isEqualTo(2);
    }

    @Test
    @DisplayName("remove the cache meters when the Parley closes, and keep the counts")
    void closing() {
        Parley parley = inMemory();
        parley.recordAll(OPENING);
        parley.close();

        assertThat(registry.getMeters()).map(Meter::getId).map(Meter.Id::getName)
                .doesNotContain("cache.gets", "cache.size")
                .contains("parley.developments.recorded", "parley.records");
    }

    @Test
    @DisplayName("the README's example: a registry given to the builder shows what was recorded")
    void readme() {
        // snippet:metrics
        MeterRegistry registry = new SimpleMeterRegistry();     // or Spring Boot's, Prometheus's ...
        try (Parley parley = Parley.builder().inMemory().meterRegistry(registry).build()) {
            parley.recordAll(OPENING);
            double joined = registry.get("parley.developments.recorded").tag("type", "party-joined").counter().count();
            // end-snippet:metrics
            assertThat(joined).isEqualTo(2);
            // snippet:metrics
        }
        // end-snippet:metrics
    }

    @Test
    @DisplayName("take one registry: a second is an error naming the setting")
    void once() {
        assertThatThrownBy(() -> Parley.builder().meterRegistry(registry).meterRegistry(new SimpleMeterRegistry()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("meterRegistry was set already");
    }
}
