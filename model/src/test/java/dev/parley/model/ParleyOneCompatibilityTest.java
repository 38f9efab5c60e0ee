package dev.parley.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.timeline.Development;
import dev.parley.timeline.DevelopmentTypes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files written in format {@code parley/1} before the vocabulary of issue 10 still read, into the same
 * developments. The expectations were written by the reader of that time: {@code golden/v1/} are its golden files,
 * {@code v1-reads/} its canonical JSON of every development of the two example files it shipped with.
 */
@DisplayName("Format parley/1 as first released")
class ParleyOneCompatibilityTest {
    private static final Path V1_GOLDEN = Path.of("src/test/resources/golden/v1");
    private static final Path V1_READS = Path.of("src/test/resources/v1-reads");
    private static final Set<String> POSITIONS = Set.of("demand-made", "proposal-made", "offer-made");

    static Stream<String> types() {
        return DevelopmentTypes.all().keySet().stream().filter(name -> Files.exists(V1_GOLDEN.resolve(name + ".json")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    @DisplayName("every golden file of the first release reads into the development it was written from")
    void goldenFilesReadEqual(String type) throws IOException {
        Development sample = Samples.all().get(DevelopmentTypes.all().get(type));
        assertThat(ParleyJson.codec().read(Files.readString(V1_GOLDEN.resolve(type + ".json")), Development.class))
                .isEqualTo(sample);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"istanbul-2025-06-02", "arland-borovia-2025"})
    @DisplayName("the example files of the first release read into the same developments, a single 'by' now a list")
    void exampleFilesReadEqual(String name) throws IOException {
        List<String> before = Files.readAllLines(V1_READS.resolve(name + ".jsonl"));
        List<Development> now = new ArrayList<>(TimelineFiles.read(Path.of("../examples/data/" + name + ".json"))
                .developments());
        assertThat(now).hasSize(before.size());
        for (int i = 0; i < now.size(); i++) {
            JsonNode expected = widened(ParleyJson.codec().reader().readTree(before.get(i)));
            assertThat(ParleyJson.codec().<JsonNode>toTree(now.get(i))).as(now.get(i).id()).isEqualTo(expected);
            assertThat(now.get(i)).isEqualTo(ParleyJson.codec().read(before.get(i), Development.class));
        }
    }

    /** The one change of form: a position's {@code by}, a string in the first release, is now a list. */
    private static JsonNode widened(JsonNode development) {
        if (POSITIONS.contains(development.path("type").asText()) && development.get("by").isTextual()) {
            ArrayNode by = ((ObjectNode) development).arrayNode().add(development.get("by").asText());
            ((ObjectNode) development).set("by", by);
        }
        if (development.get("replacement") != null) {
            widened(development.get("replacement"));
        }
        return development;
    }
}
