package org.example.compat;

import dev.parley.Parley;
import dev.parley.model.Timeline;
import dev.parley.model.TimelineFiles;
import dev.parley.timeline.state.NegotiationState;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

/**
 * What every user project under {@code examples/compat} does with Parley, whatever its library versions: records a
 * real example file ({@code examples/data/*.json}) and reads the state back, on a fixed "today" so that deadlines
 * are judged the same way on every run. The state's JSON is compared with the golden file Parley's own build keeps
 * equal to its pinned versions ({@code examples/compat/golden}).
 */
public final class ExampleStates {
    /** The day deadlines are judged against, in every project and in the golden files. */
    public static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    private ExampleStates() {
    }

    /** @return a clock standing at noon UTC on {@link #TODAY} */
    public static Clock clock() {
        return Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    /**
     * @param examples the {@code examples} folder of the Parley repository
     * @return its example timelines, in name order
     */
    public static List<Path> files(Path examples) {
        try (Stream<Path> files = Files.list(examples.resolve("data"))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param examples the {@code examples} folder of the Parley repository
     * @param file     one of its example timelines
     * @return the golden state JSON of that timeline, written by Parley's pinned versions
     */
    public static Path golden(Path examples, Path file) {
        return examples.resolve("compat").resolve("golden").resolve(file.getFileName());
    }

    /**
     * Records every development of the file into an in-memory Parley on {@link #clock()}.
     *
     * @param file an example timeline
     * @return the state of its negotiation after all of them
     */
    public static NegotiationState record(Path file) {
        Timeline timeline = TimelineFiles.read(file);
        try (Parley parley = Parley.builder().inMemory().clock(clock()).build()) {
            parley.recordAll(timeline.developments());
            return parley.state(timeline.negotiationId()).orElseThrow();
        }
    }

    /**
     * @return the {@code examples} folder, from the system property {@code parley.examples} that every project's
     *         surefire configuration sets
     */
    public static Path examplesDir() {
        String dir = System.getProperty("parley.examples");
        if (dir == null) {
            throw new IllegalStateException("set -Dparley.examples to the examples folder of the Parley repository");
        }
        return Path.of(dir).toAbsolutePath().normalize();
    }
}
