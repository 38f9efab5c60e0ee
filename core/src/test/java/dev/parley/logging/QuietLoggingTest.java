package dev.parley.logging;

import dev.parley.Parley;
import dev.parley.model.Sample;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.PartyRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.event.Level;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What start-up and ordinary use print, on memory and H2: nothing at INFO or above from anyone. The read side runs
 * in Axon's subscribing processor (the streaming processors announce their start, stop and segment claims at
 * INFO), H2 uses its own pool (HikariCP announces its start), and the AxonIQ Console banner is switched off.
 */
@DisplayName("Nothing is logged at INFO or above in normal operation")
class QuietLoggingTest {

    @TempDir
    Path tempDir;

    final Sample talks = new Sample("talks");

    @BeforeEach
    void forgetEarlierLines() {
        CapturedLogs.clear();
    }

    @Test
    @DisplayName("in memory: no AxonIQ Console banner, no warning about the in-memory token store")
    void inMemory() {
        assertQuiet(linesWhileUsing(() -> Parley.inMemory()));
    }

    @Test
    @DisplayName("on an H2 file, opened twice")
    void h2() {
        assertQuiet(linesWhileUsing(() -> Parley.h2(tempDir.resolve("quiet"))));
        assertQuiet(linesWhileUsing(() -> Parley.h2(tempDir.resolve("quiet"))));
    }

    @Test
    @DisplayName("leaves the application's own choice about the console banner alone")
    void consoleSwitchUntouched() {
        System.clearProperty("disable-axoniq-console-message");
        try (Parley ignored = Parley.inMemory()) {
            assertThat(System.getProperty("disable-axoniq-console-message")).isNull();
        }
    }

    @Test
    @DisplayName("the capture sees a line at INFO, so an empty capture means silence")
    void captureWorks() {
        org.slf4j.LoggerFactory.getLogger("org.axonframework.test").info("hello {}", "there");
        assertThat(CapturedLogs.lines()).extracting(Object::toString)
                .containsExactly("INFO org.axonframework.test: hello there");
    }

    private static void assertQuiet(List<CapturedLogs.Line> lines) {
        assertThat(lines).as("lines at WARN or above").filteredOn(line -> line.level().toInt() >= Level.WARN.toInt())
                .isEmpty();
        assertThat(lines).as("Parley's own lines").filteredOn(line -> line.logger().startsWith("dev.parley"))
                .isEmpty();
        assertThat(lines).as("the AxonIQ Console banner")
                .noneMatch(line -> line.message().contains("AxonIQ Console"));
        assertThat(lines).as("lines at INFO or above from anyone (Axon, the pool, the drivers)").isEmpty();
    }

    private List<CapturedLogs.Line> linesWhileUsing(Supplier<Parley> open) {
        CapturedLogs.clear();
        try (Parley parley = open.get()) {
            parley.recordAll(List.of(talks.opened(), talks.joined("ru", "Russia", PartyRole.PARTY)));
            parley.state("talks");
            parley.state("talks", AsOf.knownAt(LocalDate.of(2025, 6, 2)));
            parley.negotiations();
            parley.rebuild(dev.parley.timeline.Progress.NONE);
        }
        return CapturedLogs.lines();
    }
}
