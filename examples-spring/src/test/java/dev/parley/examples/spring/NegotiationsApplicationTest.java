package dev.parley.examples.spring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.Parley;
import dev.parley.model.ParleyJson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The example application on an H2 file DataSource, called over HTTP on a random port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DisplayName("The Spring Boot example on H2")
class NegotiationsApplicationTest {
    static final String TALKS = "ru-ua-direct-talks-2025";

    @DynamicPropertySource
    static void h2File(DynamicPropertyRegistry registry) throws IOException {
        Path folder = Files.createTempDirectory("parley-spring-example");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.resolve("negotiations"));
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    Parley parley;

    final ObjectMapper json = new ObjectMapper();

    JsonNode get(String path, HttpStatus expected) throws IOException {
        ResponseEntity<String> response = http.getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as("%s: %s", path, response.getBody()).isEqualTo(expected);
        assertThat(response.getHeaders().getContentType()).isNotNull();
        return json.readTree(response.getBody());
    }

    static JsonNode position(JsonNode state, String id) {
        for (JsonNode position : state.get("positions")) {
            if (position.get("id").asText().equals(id)) {
                return position;
            }
        }
        return null;
    }

    @Nested
    @DisplayName("GET /negotiations/{id}")
    class State {

        @Test
        @DisplayName("serves the seed recorded at start-up, in Parley's own JSON")
        void current() throws IOException {
            JsonNode state = get("/negotiations/" + TALKS, HttpStatus.OK);
            assertThat(state.get("negotiationId").asText()).isEqualTo(TALKS);
            assertThat(state.get("developmentCount").asInt()).isEqualTo(parley.developments(TALKS).size())
                    .isEqualTo(17);
            assertThat(state.findValuesAsText("name")).contains("Russia", "Ukraine", "Turkey");
            assertThat(position(state, "ru-offer-children").get("status").asText())
                    .as("due 2025-07-10, not fulfilled").isEqualTo("OVERDUE");
            assertThat(state).isEqualTo(json.readTree(ParleyJson.codec().writePretty(parley.state(TALKS).orElseThrow())));
        }

        @Test
        @DisplayName("?asOf= replays what had happened by that day")
        void asOf() throws IOException {
            assertThat(position(get("/negotiations/" + TALKS + "?asOf=2025-06-03", HttpStatus.OK),
                    "ru-offer-children").get("status").asText()).isEqualTo("OPEN");
            assertThat(position(get("/negotiations/" + TALKS + "?asOf=2025-06-01", HttpStatus.OK),
                    "ru-offer-children")).as("not yet made on 1 June").isNull();
        }

        @Test
        @DisplayName("?knownAt= replays what had been reported by that day: nothing on 1 June, so 404")
        void knownAt() throws IOException {
            JsonNode problem = get("/negotiations/" + TALKS + "?knownAt=2025-06-01", HttpStatus.NOT_FOUND);
            assertThat(problem.get("detail").asText())
                    .isEqualTo("negotiation 'ru-ua-direct-talks-2025' had not been opened at the cut knownAt=2025-06-01");
            JsonNode both = get("/negotiations/" + TALKS + "?asOf=2025-06-03&knownAt=2025-06-02", HttpStatus.OK);
            assertThat(both.get("asOf").get("occurredBy").asText()).isEqualTo("2025-06-03");
            assertThat(both.get("asOf").get("knownAt").asText()).isEqualTo("2025-06-02");
        }

        @Test
        @DisplayName("answers 400 with a problem naming the parameter for a date that is not one")
        void badDate() throws IOException {
            ResponseEntity<String> response = http.getForEntity("/negotiations/" + TALKS + "?asOf=2025-13-01",
                    String.class);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            JsonNode problem = json.readTree(response.getBody());
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            assertThat(problem.get("title").asText()).isEqualTo("Bad date");
            assertThat(problem.get("detail").asText())
                    .isEqualTo("asOf must be a date of the form yyyy-MM-dd, got '2025-13-01'");
            assertThat(problem.get("parameter").asText()).isEqualTo("asOf");
            assertThat(get("/negotiations/" + TALKS + "?knownAt=yesterday", HttpStatus.BAD_REQUEST)
                    .get("parameter").asText()).isEqualTo("knownAt");
        }

        @Test
        @DisplayName("answers 404 with a problem for a negotiation that is not recorded")
        void unknown() throws IOException {
            JsonNode problem = get("/negotiations/no-such-talks", HttpStatus.NOT_FOUND);
            assertThat(problem.get("title").asText()).isEqualTo("Unknown negotiation");
            assertThat(problem.get("detail").asText()).isEqualTo("negotiation 'no-such-talks' is not recorded");
            assertThat(problem.get("negotiationId").asText()).isEqualTo("no-such-talks");
        }
    }

    @Test
    @DisplayName("reports Parley's health on /actuator/health")
    void health() throws IOException {
        JsonNode health = get("/actuator/health", HttpStatus.OK);
        assertThat(health.at("/components/parley/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/parley/details/negotiations").asInt()).isEqualTo(1);
    }

    @Test
    @DisplayName("records the seed once: a second start-up adds nothing")
    void idempotentSeed() throws Exception {
        int before = parley.developments(TALKS).size();
        new SeedRecorder(parley, new org.springframework.core.io.ClassPathResource(
                "data/istanbul-2025-06-02.json")).run(null);
        assertThat(parley.developments(TALKS)).hasSize(before);
    }
}
