package dev.parley.engine;

import dev.parley.model.TimelineReader;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.ImportReport;
import dev.parley.timeline.Progress;
import dev.parley.timeline.Rule;
import dev.parley.timeline.TimelineFormatException;
import dev.parley.timeline.state.NegotiationState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * An import of a file whose developments are all stored already is answered by reading alone: Axon's command side
 * is never started, and the report, the stored history and the state are exactly what the full import gives.
 * Whatever the full import would decide differently (a development new, edited, or stored in another order) goes
 * the full way.
 */
@DisplayName("Importing a file that is stored already")
class StoredAlreadyImportTest {
    static final Engine.Settings SETTINGS = new Engine.Settings(0, Duration.ofSeconds(10), 10_000, null);
    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    static final String OPENED = "{\"type\": \"negotiation-opened\", \"id\": \"opened\", \"occurred\": \"2025-05-16\", "
            + "\"title\": \"T\"}";

    @TempDir
    Path dir;

    final List<Engine> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(Engine::close);
    }

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../examples/data"))) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    /** A fresh engine on the H2 file of this test, as a new process opens it. */
    Engine h2() {
        Engine engine = Engine.h2(Engine.h2Location(dir.resolve("parley")), SETTINGS);
        opened.add(engine);
        return engine;
    }

    static String round(int number, String venue) {
        return "{\"type\": \"round-held\", \"id\": \"r" + number + "\", \"occurred\": \"2025-06-0" + number
                + "\", \"number\": " + number + ", \"venue\": \"" + venue + "\"}";
    }

    Path file(String name, String... developments) throws IOException {
        String json = "{\"format\": \"parley/1\", \"negotiationId\": \"talks\", \"developments\": [\n"
                + String.join(",\n", developments) + "\n]}\n";
        return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
    }

    /** Imports a file in an engine of its own, closed afterwards, as an earlier run of the command line did. */
    ImportReport importEarlier(Path file) {
        Engine earlier = h2();
        try {
            return importFile(earlier, file);
        } finally {
            earlier.close();
            opened.remove(earlier);
        }
    }

    /**
     * Records {@code earlier} in a run of its own, then imports {@code file} in a fresh engine, expecting
     * {@code recorded} new and {@code repeats} already recorded developments.
     *
     * @return the fresh engine, to be asked whether the import started its command side
     */
    Engine importAfter(Path earlier, Path file, long recorded, long repeats) {
        importEarlier(earlier);
        Engine again = h2();
        assertThat(importFile(again, file)).isEqualTo(new ImportReport(file.toString(), "talks", recorded, repeats));
        return again;
    }

    static ImportReport importFile(Engine engine, Path file) {
        return engine.importTimeline(() -> TimelineReader.open(file), Progress.NONE);
    }

    @Nested
    @DisplayName("is answered by reading, without starting the command side")
    class ByReading {
        @Test
        @DisplayName("when every development is stored identically, in the file's order: nothing recorded, each a "
                + "repeat, the state as the full import left it")
        void identicalFile() throws IOException {
            Path file = file("talks.json", OPENED, round(1, "Istanbul"), round(2, "Istanbul"));
            Engine first = h2();
            assertThat(importFile(first, file)).isEqualTo(new ImportReport(file.toString(), "talks", 3, 0));
            NegotiationState recorded = first.state("talks", AsOf.now(), TODAY).orElseThrow();
            List<Development> stored = first.developments("talks");
            first.close();
            opened.remove(first);

            Engine again = h2();
            assertThat(importFile(again, file)).isEqualTo(new ImportReport(file.toString(), "talks", 0, 3));
            assertThat(again.commandSideStarted()).isFalse();
            assertThat(again.developments("talks")).isEqualTo(stored);
            assertThat(again.state("talks", AsOf.now(), TODAY)).contains(recorded);
            assertThat(again.commandSideStarted()).isFalse();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.parley.engine.StoredAlreadyImportTest#examples")
        @DisplayName("for every example file")
        void examples(Path example) {
            ImportReport recorded = importEarlier(example);

            Engine again = h2();
            assertThat(importFile(again, example)).isEqualTo(new ImportReport(example.toString(),
                    recorded.negotiationId(), 0, recorded.recorded()));
            assertThat(again.commandSideStarted()).isFalse();
        }

        @Test
        @DisplayName("when the file is the beginning of a stored history that went on after it")
        void fileBehindTheStore() throws IOException {
            Path early = file("early.json", OPENED, round(1, "Istanbul"));
            Path later = file("later.json", OPENED, round(1, "Istanbul"), round(2, "Geneva"));
            assertThat(importAfter(later, early, 0, 2).commandSideStarted()).isFalse();
        }
    }

    @Nested
    @DisplayName("goes the full way, which decides as before")
    class FullWay {
        @Test
        @DisplayName("when one development was edited: the conflicting duplicate is rejected, naming it, and "
                + "nothing is stored")
        void editedDevelopment() throws IOException {
            Path file = file("talks.json", OPENED, round(1, "Istanbul"), round(2, "Istanbul"));
            Path edited = file("edited.json", OPENED, round(1, "Istanbul"), round(2, "Geneva"));
            assertThat(importEarlier(file).recorded()).isEqualTo(3);

            Engine again = h2();
            List<Development> before = again.developments("talks");
            TimelineFormatException e = catchThrowableOfType(TimelineFormatException.class,
                    () -> importFile(again, edited));

            assertThat(e.rule()).isEqualTo(Rule.CONFLICTING_DUPLICATE);
            assertThat(e.developmentId()).contains("r2");
            assertThat(again.commandSideStarted()).isTrue();
            assertThat(again.developments("talks")).isEqualTo(before);
        }

        @Test
        @DisplayName("when only part of the file is recorded: the rest is recorded")
        void partlyRecorded() throws IOException {
            Path part = file("part.json", OPENED, round(1, "Istanbul"));
            Path whole = file("whole.json", OPENED, round(1, "Istanbul"), round(2, "Istanbul"));
            Engine again = importAfter(part, whole, 1, 2);
            assertThat(again.commandSideStarted()).isTrue();
            assertThat(again.developments("talks")).extracting(Development::id).containsExactly("opened", "r1", "r2");
        }

        @Test
        @DisplayName("when the developments are stored in another order: each is still a repeat")
        void anotherOrder() throws IOException {
            Path file = file("talks.json", OPENED, round(1, "Istanbul"), round(2, "Istanbul"));
            Path reordered = file("reordered.json", OPENED, round(2, "Istanbul"), round(1, "Istanbul"));
            assertThat(importAfter(file, reordered, 0, 3).commandSideStarted()).isTrue();
        }

        @Test
        @DisplayName("in memory, where the first import of a file records it and the second is a repeat")
        void inMemory() throws IOException {
            Path file = file("talks.json", OPENED, round(1, "Istanbul"));
            Engine memory = Engine.inMemory(SETTINGS);
            opened.add(memory);
            assertThat(memory.commandSideStarted()).isFalse();

            assertThat(importFile(memory, file)).isEqualTo(new ImportReport(file.toString(), "talks", 2, 0));
            assertThat(memory.commandSideStarted()).isTrue();
            assertThat(importFile(memory, file)).isEqualTo(new ImportReport(file.toString(), "talks", 0, 2));
        }
    }
}
