package org.example.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.parley.model.ParleyJson;
import dev.parley.timeline.state.NegotiationState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Parley's state on the Jackson 2 version this project's own BOM chose. */
@DisplayName("The state's JSON on the user's Jackson 2")
class JacksonStateJsonTest {
    static final Path EXAMPLES = ExampleStates.examplesDir();
    /** What a Spring Boot 3 application's mapper does with dates: ISO strings through the JSR-310 module. */
    static final ObjectMapper USERS_MAPPER = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    @Test
    @DisplayName("runs on the Jackson version the project asked for, not Parley's")
    void runsOnTheUsersJackson() {
        assertEquals(System.getProperty("expected.jackson.version"), PackageVersion.VERSION.toString());
    }

    @TestFactory
    @DisplayName("from 2.19 on equals the golden state, written by Parley's codec and by the user's mapper")
    Stream<DynamicTest> equalsGolden() {
        assumeTrue(PackageVersion.VERSION.getMinorVersion() >= 19, "Parley refuses Jackson before 2.19");
        return ExampleStates.files(EXAMPLES).stream().map(file -> DynamicTest.dynamicTest(
                file.getFileName().toString(), () -> {
                    JsonNode golden = USERS_MAPPER.readTree(ExampleStates.golden(EXAMPLES, file).toFile());
                    NegotiationState state = ExampleStates.record(file);
                    assertEquals(golden, USERS_MAPPER.readTree(ParleyJson.codec().write(state)), "Parley's codec");
                    // The JSON text the user's mapper writes. Not valueToTree: its node factory strips a BigDecimal's
                    // trailing zeros, so an exact total of 210 would become the tree number 2.1E+2.
                    assertEquals(golden, USERS_MAPPER.readTree(USERS_MAPPER.writeValueAsString(state)),
                            "the user's own ObjectMapper");
                }));
    }

    @Test
    @DisplayName("before 2.19 is refused on first use, naming the version to take")
    void before219IsRefused() {
        assumeTrue(PackageVersion.VERSION.getMinorVersion() < 19, "this Jackson is supported");
        Path file = ExampleStates.files(EXAMPLES).get(0);
        Throwable refused = assertThrows(Throwable.class, () -> ExampleStates.record(file));
        assertTrue(messages(refused).contains("Parley needs jackson-databind 2.19 or newer and found "
                + PackageVersion.VERSION), messages(refused));
    }

    /** The messages of an error and its causes (the refusal comes wrapped in the mapper's class initialisation). */
    private static String messages(Throwable error) {
        StringBuilder all = new StringBuilder();
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            all.append(cause).append('\n');
        }
        return all.toString();
    }
}
