package dev.parley.cli;

import dev.parley.model.HostileH2Paths;
import dev.parley.model.HostileH2Paths.Payload;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --db} is a path, never URL settings: H2 syntax in it is a usage error and runs nothing (issue 21). */
@DisplayName("--db")
class DatabasePathTest extends CommandLineTest {

    /** Where the payloads would write if they ran: nothing else is put there. */
    @TempDir
    static Path target;

    /** Every command that opens the store, with what else it needs. */
    static final List<String> COMMANDS = List.of("show", "import", "timeline", "export",
            "diff --from 2025-05-01 --to 2025-06-01", "render -o OUT");

    static Stream<Arguments> commandsAndPayloads() {
        return COMMANDS.stream().flatMap(command -> HostileH2Paths.in(target).stream()
                .map(payload -> Arguments.of(command, payload)));
    }

    @ParameterizedTest(name = "{0} --db <{1}>")
    @MethodSource("commandsAndPayloads")
    @DisplayName("with H2 URL syntax is a usage error naming the option and the path, and nothing runs")
    void refused(String command, Payload payload) {
        List<Path> before = HostileH2Paths.everythingUnder(target);
        Path output = dir.resolve("out.html");
        String[] words = command.replace("OUT", output.toString()).split(" ");
        String[] args = Stream.concat(Stream.of(words), command.equals("export") ? Stream.of("--db", payload.path())
                : Stream.of("--db", payload.path(), SEED)).toArray(String[]::new);

        assertThat(run(args)).as(stderr()).isEqualTo(ParleyCommand.USAGE);

        assertThat(stderr()).startsWith("parley: --db: an H2 database path is a plain file path: '"
                + payload.path().substring(0, 20)).doesNotContain("\u001b");
        assertThat(stdout()).isEmpty();
        assertThat(HostileH2Paths.everythingUnder(target)).as("files after " + payload).isEqualTo(before);
        assertThat(output).doesNotExist();
    }

    @Test
    @DisplayName("that is a plain path with spaces, quotes and '=' stores there")
    void plainPath() {
        Path db = dir.resolve("it's a store = mine");
        assertThat(run("import", "--db", db.toString(), SEED)).as(stderr()).isZero();
        assertThat(Files.exists(dir.resolve("it's a store = mine.mv.db"))).isTrue();
    }
}
