package dev.parley.examples;

import dev.parley.model.ParleyJson;
import dev.parley.timeline.state.NegotiationState;
import org.example.compat.ExampleStates;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the golden state files of the user projects under {@code examples/compat} equal to what Parley's pinned
 * versions write, so that a project on another Jackson, JUnit or Spring Boot is compared with this build and not
 * with an old file. After an intended change of the state's JSON, rewrite them with
 * {@code mvn -pl examples verify -Dtest=CompatGoldenTest -Dparley.golden.write=true} and review the diff.
 */
@DisplayName("The golden state JSON of examples/compat")
class CompatGoldenTest {
    static final Path EXAMPLES = Path.of("").toAbsolutePath();

    @TestFactory
    @DisplayName("equals the state Parley's pinned versions write for each example file")
    Stream<DynamicTest> goldenEqualsPinned() {
        return ExampleStates.files(EXAMPLES).stream().map(file -> DynamicTest.dynamicTest(
                file.getFileName().toString(), () -> {
                    NegotiationState state = ExampleStates.record(file);
                    String pinned = ParleyJson.codec().writePretty(state) + "\n";
                    Path golden = ExampleStates.golden(EXAMPLES, file);
                    if (Boolean.getBoolean("parley.golden.write")) {
                        Files.writeString(golden, pinned, StandardCharsets.UTF_8);
                    }
                    assertThat(read(golden)).as("%s (rewrite with -Dparley.golden.write=true)", golden)
                            .isEqualTo(pinned);
                    assertThat(state.isOpened()).as("the negotiation was opened").isTrue();
                    assertThat(pinned).as("the state names when it was opened").contains("\"opened\" :");
                }));
    }

    private static String read(Path golden) throws IOException {
        return Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "(missing)";
    }
}
