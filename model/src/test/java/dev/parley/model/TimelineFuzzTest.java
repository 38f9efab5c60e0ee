package dev.parley.model;

import dev.parley.timeline.Development;
import dev.parley.timeline.ParleyException;
import dev.parley.timeline.TimelineFormatException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the reader and the validator with structurally mutated timeline files ({@link TimelineMutations}). Every
 * try reads the file three ways: whole ({@link TimelineFiles#read}), streamed from a path ({@link TimelineReader})
 * and validated against the rules ({@link TimelineFiles#validate}). The number of tries is jqwik's default (1,000);
 * raise it with {@code -Djqwik.tries.default=100000}.
 */
@Label("Fuzzing the reader and the validator")
class TimelineFuzzTest {
    /** Words that only Jackson or the JVM would use: none may reach a user. */
    static final List<String> INTERNALS = List.of("`", "Cannot construct", "Cannot deserialize", "Cannot coerce",
            "Creator", "JsonToken", "dev.parley.", "java.", "com.fasterxml", "Exception", "Source: ");

    static Path file;

    @BeforeContainer
    static void createFile() throws IOException {
        file = Files.createTempFile("parley-fuzz", ".json");
    }

    @AfterContainer
    static void deleteFile() throws IOException {
        Files.deleteIfExists(file);
    }

    @Provide
    Arbitrary<TimelineMutations.Mutant> mutants() {
        return TimelineMutations.mutants();
    }

    @Example
    @Label("every seed is valid as it is")
    void seedsAreValid() throws IOException {
        for (String seed : TimelineMutations.seedNames()) {
            Files.write(file, TimelineMutations.seedBytes(seed));
            assertThat(TimelineFiles.validate(file).recorded()).as(seed).isPositive();
        }
    }

    @Property
    @Label("nothing but a located TimelineFormatException escapes read, the streaming reader or validate")
    void onlyTypedErrors(@ForAll("mutants") TimelineMutations.Mutant mutant) throws IOException {
        byte[] bytes = mutant.bytes();
        Files.write(file, bytes);

        Outcome read = outcome(() -> TimelineFiles.read(new ByteArrayInputStream(bytes), file.toString())
                .developments());
        Outcome streamed = outcome(() -> {
            List<Development> developments = new ArrayList<>();
            try (TimelineReader reader = TimelineReader.open(file)) {
                reader.forEachRemaining(developments::add);
            }
            return developments;
        });
        Outcome validated = outcome(() -> TimelineFiles.validate(file));

        for (Outcome outcome : List.of(read, streamed, validated)) {
            if (outcome.error() != null) {
                assertThat(outcome.error()).as(TimelineMutations.printable(bytes))
                        .isInstanceOf(TimelineFormatException.class);
                assertPrintable((TimelineFormatException) outcome.error());
            }
        }
        assertThat(streamed.describe()).as("streamed like read whole").isEqualTo(read.describe());
        if (read.error() != null) {
            // Validating checks the rules as it reads, so it may stop at a rule before it reaches the format error.
            TimelineFormatException readError = (TimelineFormatException) read.error();
            assertThat(validated.error()).as("validate fails where reading fails, or earlier").isNotNull();
            TimelineFormatException validateError = (TimelineFormatException) validated.error();
            if (validateError.line() >= readError.line()) {
                assertThat(validated.describe()).isEqualTo(read.describe());
            }
        }
        Statistics.label("outcome").collect(validated.error() == null ? "accepted"
                : ((TimelineFormatException) validated.error()).rule().name());
        Statistics.label("mutations").collect(mutant.mutations().get(0).kind().onBytes() ? "bytes" : "tree");
    }

    static void assertPrintable(TimelineFormatException e) {
        assertThat(e.getMessage()).startsWith(file.toString());
        assertThat(e.getMessage().chars().filter(c -> c < 0x20 || c >= 0x7F && c <= 0x9F
                || c == 0x2028 || c == 0x2029 || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069))
                .as("raw control characters in %s", e.getMessage()).isEmpty();
        assertThat(INTERNALS).as(e.getMessage()).noneMatch(word -> e.detail().contains(word));
        assertThat(e.rule()).isNotNull();
    }

    /** What a call returned or threw, as text comparable across the three readings. */
    record Outcome(Object value, Throwable error) {
        String describe() {
            if (error == null) {
                return "ok";
            }
            return error instanceof TimelineFormatException format
                    ? format.line() + ":" + format.column() + " " + format.rule() + " " + format.detail()
                    : error.toString();
        }
    }

    static Outcome outcome(Callable<?> call) {
        try {
            return new Outcome(call.call(), null);
        } catch (ParleyException e) {
            return new Outcome(null, e);
        } catch (Exception | StackOverflowError e) {
            return new Outcome(null, e);
        }
    }
}
