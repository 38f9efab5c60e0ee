package dev.parley;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Parley.builder()")
class ParleyBuilderTest {

    @TempDir
    Path tempDir;

    @Nested
    @DisplayName("takes one store")
    class OneStore {

        @Test
        @DisplayName("h2 then inMemory is an error naming both choices")
        void h2ThenMemory() {
            Path file = tempDir.resolve("parley");
            assertThatThrownBy(() -> Parley.builder().h2(file).inMemory())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("a Parley has one store: h2(" + file.toAbsolutePath()
                            + ") was chosen already, so inMemory() cannot be chosen too");
        }

        @Test
        @DisplayName("inMemory then jdbc is an error naming both choices, without the password")
        void memoryThenJdbc() {
            assertThatThrownBy(() -> Parley.builder().inMemory()
                    .jdbc("jdbc:postgresql://localhost/parley", "parley", "secret"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("a Parley has one store: inMemory() was chosen already, so "
                            + "jdbc(jdbc:postgresql://localhost/parley) cannot be chosen too")
                    .message().doesNotContain("secret");
        }

        @Test
        @DisplayName("the same store twice is an error too")
        void sameTwice() {
            assertThatThrownBy(() -> Parley.builder().inMemory().inMemory())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("inMemory() was chosen already, so inMemory() cannot be chosen too");
        }

        @Test
        @DisplayName("no store at all means memory")
        void defaultIsMemory() {
            try (Parley parley = Parley.builder().build()) {
                assertThat(parley.negotiations()).isEmpty();
            }
            assertThat(tempDir).isEmptyDirectory();
        }
    }

    @Nested
    @DisplayName("takes each option once")
    class OptionsOnce {

        @Test
        @DisplayName("snapshotEvery twice names the setting and both values")
        void snapshotEvery() {
            assertThatThrownBy(() -> Parley.builder().snapshotEvery(250).snapshotEvery(100))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("snapshotEvery was set already (to 250), so it cannot be set again (to 100)");
        }

        @Test
        @DisplayName("readSideTimeout twice")
        void readSideTimeout() {
            assertThatThrownBy(() -> Parley.builder().readSideTimeout(Duration.ofSeconds(5))
                    .readSideTimeout(Duration.ofSeconds(9)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("readSideTimeout was set already (to PT5S), so it cannot be set again (to PT9S)");
        }

        @Test
        @DisplayName("readSideCache twice")
        void readSideCache() {
            assertThatThrownBy(() -> Parley.builder().readSideCache(0).readSideCache(10))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("readSideCache was set already (to 0), so it cannot be set again (to 10)");
        }

        @Test
        @DisplayName("clock twice")
        void clock() {
            Clock first = Clock.fixed(Instant.parse("2025-06-15T00:00:00Z"), ZoneOffset.UTC);
            assertThatThrownBy(() -> Parley.builder().clock(first).clock(Clock.systemUTC()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("clock was set already (to " + first + ")");
        }

        @Test
        @DisplayName("a rejected value leaves the option unset")
        void rejectedValueDoesNotCount() {
            Parley.Builder builder = Parley.builder();
            assertThatThrownBy(() -> builder.snapshotEvery(0)).isInstanceOf(IllegalArgumentException.class);
            try (Parley parley = builder.snapshotEvery(5).build()) {
                assertThat(parley.negotiations()).isEmpty();
            }
        }
    }
}
