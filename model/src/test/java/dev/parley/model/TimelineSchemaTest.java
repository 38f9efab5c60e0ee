package dev.parley.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.parley.timeline.Development;
import dev.parley.timeline.DevelopmentTypes;
import dev.parley.timeline.Envelope;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The JSON Schema of format parley/1")
class TimelineSchemaTest {
    static final JsonSchema SCHEMA = load();
    static final JsonNode DEFS = SCHEMA.getSchemaNode().get("$defs");

    static JsonSchema load() {
        try (InputStream in = TimelineFiles.class.getClassLoader().getResourceAsStream(TimelineFiles.SCHEMA_RESOURCE)) {
            assertThat(in).as("schema on the class path at " + TimelineFiles.SCHEMA_RESOURCE).isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Set<ValidationMessage> validate(String json) throws IOException {
        return SCHEMA.validate(ParleyJson.codec().reader().readTree(json));
    }

    static String timeline(String development) {
        return "{\"format\": \"parley/1\", \"negotiationId\": \"talks\", \"developments\": [" + development + "]}";
    }

    static Stream<Path> exampleFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../examples/data"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    static Stream<Path> goldenFiles() throws IOException {
        // The golden files of today and, under v1/, those of the first release: both must stay valid.
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/golden"))) {
            return files.filter(Files::isRegularFile).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleFiles")
    @DisplayName("accepts every example file")
    void examples(Path file) throws IOException {
        assertThat(SCHEMA.validate(ParleyJson.codec().reader().readTree(Files.readString(file)))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    @DisplayName("accepts every golden development, of the first release too")
    void golden(Path file) throws IOException {
        assertThat(validate(timeline(Files.readString(file)))).isEmpty();
    }

    @Test
    @DisplayName("lists exactly the types of DevelopmentTypes and the fields of each, so it cannot drift from the code")
    void inSync() {
        Set<String> envelope = new HashSet<>(Set.of("type"));
        Arrays.stream(Envelope.class.getRecordComponents()).map(RecordComponent::getName).forEach(envelope::add);
        for (Class<? extends Development> type : DevelopmentTypes.all().values()) {
            Set<String> expected = new HashSet<>(envelope);
            Arrays.stream(type.getRecordComponents()).filter(c -> c.getType() != Envelope.class)
                    .map(RecordComponent::getName).forEach(expected::add);
            Set<String> inSchema = new HashSet<>();
            DEFS.get(Development.typeName(type)).get("properties").fieldNames().forEachRemaining(inSchema::add);
            assertThat(inSchema).as(Development.typeName(type)).isEqualTo(expected);
        }
        List<String> enumerated = new ArrayList<>();
        DEFS.get("development").get("properties").get("type").get("enum").forEach(n -> enumerated.add(n.asText()));
        assertThat(enumerated).containsExactlyInAnyOrderElementsOf(DevelopmentTypes.all().keySet());
    }

    @Nested
    @DisplayName("rejects")
    class Rejects {
        static final String OPENED = "{\"type\": \"negotiation-opened\", \"id\": \"o\", \"occurred\": \"2025-05-16\", "
                + "\"title\": \"T\"}";

        @ParameterizedTest
        @ValueSource(strings = {"[]", "\"timeline\"", "{}", "{\"negotiationId\": \"t\"}"})
        @DisplayName("a wrong top level")
        void topLevel(String json) throws IOException {
            assertThat(validate(json)).isNotEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "{\"type\": \"treaty-signed\", \"id\": \"t\", \"occurred\": \"2025-06-02\"}",
                "{\"type\": \"round-held\", \"id\": \"r\"}",
                "{\"type\": \"round-held\", \"id\": \"r\", \"occurred\": \"2025-06-02\", \"number\": \"two\"}",
                "{\"type\": \"round-held\", \"id\": \"r\", \"occurred\": \"2025-06-02\", \"number\": 0}",
                "{\"type\": \"round-held\", \"id\": \"r\", \"occurred\": \"June 2025\"}",
                "{\"type\": \"round-held\", \"id\": \"has space\", \"occurred\": \"2025-06-02\"}",
                "{\"type\": \"round-held\", \"id\": \"r\", \"occurred\": \"2025-06-02\", \"venu\": \"Istanbul\"}",
                "{\"type\": \"offer-made\", \"id\": \"o\", \"occurred\": \"2025-06-02\", \"by\": \"A\", \"terms\": \"x\", \"quantity\": -3}",
                "{\"type\": \"offer-made\", \"id\": \"o\", \"occurred\": \"2025-06-02\", \"by\": \"A\"}",
                "{\"type\": \"statement-made\", \"id\": \"s\", \"occurred\": \"2025-06-02\", \"speaker\": {\"anonymous\": true, \"name\": \"X\", \"role\": \"r\"}}",
                "{\"type\": \"fulfilment-reported\", \"id\": \"f\", \"occurred\": \"2025-06-02\", \"by\": \"A\"}"})
        @DisplayName("a malformed development")
        void development(String development) throws IOException {
            assertThat(validate(timeline(OPENED + ", " + development))).isNotEmpty();
            assertThat(validate(timeline(OPENED))).isEmpty();
        }
    }
}
