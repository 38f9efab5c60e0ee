package dev.parley;

import dev.parley.model.Sample;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.PartyJoined;
import dev.parley.timeline.PartyRole;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Micrometer is an optional dependency of {@code parley-core}: this runs Parley in a class loader that has the
 * test class path without any Micrometer jar, as an application without Micrometer would.
 */
@DisplayName("Without Micrometer on the class path")
class WithoutMicrometerTest {

    @TempDir
    Path tempDir;

    @Test
    @DisplayName("Parley loads, records and answers queries, in memory and on H2")
    void runsWithoutMicrometer() throws Exception {
        List<URL> withoutMicrometer = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains(File.separator + "micrometer"))
                .map(WithoutMicrometerTest::url)
                .toList();
        assertThat(withoutMicrometer).as("the test class path").hasSizeGreaterThan(5);
        try (URLClassLoader loader = new URLClassLoader(withoutMicrometer.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            @SuppressWarnings("unchecked")
            Function<Path, String> run = (Function<Path, String>) loader.loadClass(Run.class.getName())
                    .getDeclaredConstructor().newInstance();

            // Axon finds its converters through the context class loader, as it would in such an application.
            Thread thread = Thread.currentThread();
            ClassLoader context = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            String outcome;
            try {
                outcome = run.apply(tempDir);
            } finally {
                thread.setContextClassLoader(context);
            }

            assertThat(outcome).isEqualTo(
                    "micrometer absent; memory: [Russia, Ukraine] as-of [Russia]; h2: [Russia, Ukraine] as-of [Russia]");
        }
    }

    private static URL url(String entry) {
        try {
            return Path.of(entry).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(entry, e);
        }
    }

    /** Runs inside the class loader without Micrometer. */
    public static final class Run implements Function<Path, String> {
        private static final Sample TALKS = new Sample("talks");

        @Override
        public String apply(Path tempDir) {
            String micrometer;
            try {
                Class.forName("io.micrometer.core.instrument.MeterRegistry");
                micrometer = "micrometer present";
            } catch (ClassNotFoundException expected) {
                micrometer = "micrometer absent";
            }
            try (Parley memory = Parley.inMemory(); Parley h2 = Parley.h2(tempDir.resolve("parley"))) {
                return micrometer + "; memory: " + exercise(memory) + "; h2: " + exercise(h2);
            }
        }

        private static String exercise(Parley parley) {
            parley.recordAll(List.of(TALKS.opened(), TALKS.joined("ru", "Russia", PartyRole.PARTY)));
            parley.record(new PartyJoined(TALKS.env("ua", "2025-05-20"), "Ukraine", PartyRole.PARTY));
            return parley.state("talks").orElseThrow().participantsIn(PartyRole.PARTY) + " as-of "
                    + parley.state("talks", AsOf.occurredBy(LocalDate.of(2025, 5, 17))).orElseThrow()
                    .participantsIn(PartyRole.PARTY);
        }
    }
}
