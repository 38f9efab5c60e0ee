package dev.parley.cli;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second {@code show} of a file finds it recorded and answers by reading alone (the engine's stored-already
 * import); what it prints must be what the first run, which recorded the file, printed.
 */
@DisplayName("parley show of a file recorded already")
class RepeatedShowTest extends CommandLineTest {

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../examples/data"))) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    @DisplayName("prints exactly what the run that recorded it printed, as text and as JSON")
    void sameOutput(Path example) {
        for (boolean json : new boolean[]{false, true}) {
            String db = dir.resolve(json ? "json" : "text").resolve("parley").toString();
            String[] show = json ? new String[]{"show", "--db", db, "--json", example.toString()}
                    : new String[]{"show", "--db", db, example.toString()};
            assertThat(run(show)).isZero();
            String recording = stdout();
            assertThat(run(show)).isZero();
            assertThat(stdout()).isEqualTo(recording).isNotBlank();
            assertThat(stderr()).isEmpty();
        }
    }
}
