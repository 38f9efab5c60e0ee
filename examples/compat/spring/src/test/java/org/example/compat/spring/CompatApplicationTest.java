package org.example.compat.spring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.Parley;
import dev.parley.model.TimelineFiles;
import dev.parley.spring.ParleyBuilderCustomizer;
import org.example.compat.ExampleStates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The starter on the Spring Boot this project chose: it starts, records and serves the golden state. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("The starter in a Spring Boot application")
class CompatApplicationTest {
    static final Path EXAMPLES = ExampleStates.examplesDir();
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TestConfiguration
    static class FixedToday {
        @Bean
        ParleyBuilderCustomizer fixedToday() {
            return builder -> builder.clock(ExampleStates.clock());
        }
    }

    @Autowired
    Parley parley;
    @Autowired
    ApplicationContext context;
    @Value("${local.server.port}")
    int port;

    @BeforeAll
    void recordTheExamples() {
        for (Path file : ExampleStates.files(EXAMPLES)) {
            parley.recordAll(TimelineFiles.read(file).developments());
        }
    }

    @Test
    @DisplayName("runs on the Spring Boot version the project asked for")
    void runsOnTheAskedBoot() {
        assertThat(SpringBootVersion.getVersion()).isEqualTo(System.getProperty("expected.spring-boot.version"));
    }

    @Test
    @DisplayName("writes JSON with the application's own mapper: Jackson 3 on Spring Boot 4, Jackson 2 on Boot 3")
    void theApplicationsMapper() throws ClassNotFoundException {
        String mapper = SpringBootVersion.getVersion().startsWith("4.") ? "tools.jackson.databind.json.JsonMapper"
                : "com.fasterxml.jackson.databind.ObjectMapper";
        assertThat(context.getBeanNamesForType(Class.forName(mapper))).as(mapper).isNotEmpty();
    }

    @TestFactory
    @DisplayName("serves each recorded state as the golden JSON, written by the application's own mapper")
    Stream<DynamicTest> servesTheGoldenState() {
        return ExampleStates.files(EXAMPLES).stream().map(file -> DynamicTest.dynamicTest(
                file.getFileName().toString(), () -> {
                    JsonNode golden = JSON.readTree(ExampleStates.golden(EXAMPLES, file).toFile());
                    JsonNode served = get("/negotiations/" + golden.get("negotiationId").asText());
                    assertThat(served).isEqualTo(golden);
                }));
    }

    @Test
    @DisplayName("reports the parley health UP with the number of negotiations")
    void parleyHealth() throws Exception {
        JsonNode parleyHealth = get("/actuator/health").path("components").path("parley");
        assertThat(parleyHealth.path("status").asText()).isEqualTo("UP");
        assertThat(parleyHealth.path("details").path("negotiations").asInt())
                .isEqualTo(ExampleStates.files(EXAMPLES).size());
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
