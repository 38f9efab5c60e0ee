package dev.parley.core;

import dev.parley.Parley;
import dev.parley.model.TimelineMutations;
import dev.parley.timeline.Development;
import dev.parley.timeline.Progress;
import dev.parley.timeline.TimelineFormatException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Imports structurally mutated timeline files ({@link TimelineMutations}) into an in-memory and an H2 store that
 * already hold the unmutated seeds: a rejected file is a {@link TimelineFormatException} and leaves every
 * negotiation and every development of the store as it was. The number of tries is jqwik's default (1,000); raise
 * it with {@code -Djqwik.tries.default=100000}.
 */
@Label("Fuzzing the import into the stores")
class TimelineImportFuzzTest {
    static Path dir;
    static Path file;
    static Map<String, Parley> stores;

    @BeforeContainer
    static void openStoresWithSeeds() throws IOException {
        dir = Files.createTempDirectory("parley-import-fuzz");
        file = dir.resolve("mutant.json");
        stores = new LinkedHashMap<>();
        stores.put("memory", Parley.inMemory());
        stores.put("H2", TestStores.H2.open(dir));
        for (String seed : TimelineMutations.seedNames()) {
            Files.write(file, TimelineMutations.seedBytes(seed));
            for (Parley store : stores.values()) {
                assertThat(store.importTimeline(file, Progress.NONE).recorded()).as(seed).isPositive();
            }
        }
    }

    @AfterContainer
    static void closeStores() throws IOException {
        stores.values().forEach(Parley::close);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Provide
    Arbitrary<TimelineMutations.Mutant> mutants() {
        return TimelineMutations.mutants();
    }

    @Property
    @Label("a rejected file is a located format error and leaves the store unchanged")
    void rejectedImportChangesNothing(@ForAll("mutants") TimelineMutations.Mutant mutant) throws IOException {
        Files.write(file, mutant.bytes());
        for (Map.Entry<String, Parley> store : stores.entrySet()) {
            Map<String, List<Development>> before = contents(store.getValue());

            Throwable thrown = catchThrowable(() -> store.getValue().importTimeline(file, Progress.NONE));

            if (thrown == null) {
                Statistics.label(store.getKey()).collect("accepted");
                continue;
            }
            assertThat(thrown).as("%s: %s", store.getKey(), mutant).isInstanceOf(TimelineFormatException.class);
            assertThat(thrown.getMessage()).startsWith(file.toString());
            assertThat(contents(store.getValue())).as("%s after %s", store.getKey(), thrown.getMessage())
                    .isEqualTo(before);
            Statistics.label(store.getKey()).collect(((TimelineFormatException) thrown).rule().name());
        }
    }

    static Map<String, List<Development>> contents(Parley store) {
        Map<String, List<Development>> contents = new LinkedHashMap<>();
        for (String negotiation : store.negotiations()) {
            contents.put(negotiation, store.developments(negotiation));
        }
        return contents;
    }
}
