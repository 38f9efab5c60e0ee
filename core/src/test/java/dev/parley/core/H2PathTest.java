package dev.parley.core;

import dev.parley.Parley;
import dev.parley.model.HostileH2Paths;
import dev.parley.model.HostileH2Paths.Payload;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An H2 location is a path and nothing else: what H2 would read as URL syntax is refused (issue 21). */
@DisplayName("An H2 path")
class H2PathTest {

    @TempDir
    static Path dir;

    static List<Payload> payloads() {
        return HostileH2Paths.in(dir);
    }

    @Nested
    @DisplayName("carrying URL syntax is refused, naming the rule and the path, and nothing runs or is created")
    class Refused {

        @ParameterizedTest(name = "Parley.h2: {0}")
        @MethodSource("dev.parley.core.H2PathTest#payloads")
        void byTheFactory(Payload payload) {
            refusedWithoutTrace(() -> Parley.h2(Path.of(payload.path())), payload);
        }

        @ParameterizedTest(name = "Builder.h2: {0}")
        @MethodSource("dev.parley.core.H2PathTest#payloads")
        void byTheBuilder(Payload payload) {
            refusedWithoutTrace(() -> Parley.builder().h2(Path.of(payload.path())), payload);
        }

        private void refusedWithoutTrace(Runnable open, Payload payload) {
            List<Path> before = HostileH2Paths.everythingUnder(dir);
            assertThatThrownBy(open::run)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("an H2 database path is a plain file path: '"
                            + payload.path().substring(0, 20))
                    .hasMessageContaining("choose a path without it")
                    .hasMessageNotContaining("\u001b");
            assertThat(HostileH2Paths.everythingUnder(dir)).as(payload.path()).isEqualTo(before);
        }
    }

    @Nested
    @DisplayName("that is a plain path is taken as it is")
    class Accepted {

        @Test
        @DisplayName("with spaces, quotes, '=' and brackets in its name, and the .mv.db suffix")
        void oddButPlain(@TempDir Path own) {
            Path file = own.resolve("my store's (2026) = [draft].mv.db");
            try (Parley parley = Parley.h2(file)) {
                assertThat(parley.negotiations()).isEmpty();
            }
            assertThat(file).isRegularFile();
            assertThat(own.resolve("my store's (2026) = [draft].mv.db.mv.db")).doesNotExist();
        }
    }
}
