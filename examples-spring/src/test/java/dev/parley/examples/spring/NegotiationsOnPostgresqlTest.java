package dev.parley.examples.spring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example application with only a PostgreSQL DataSource configured (as {@code SPRING_DATASOURCE_*} would),
 * against the PostgreSQL of {@code PARLEY_PG_URL} ({@code parley.pg.url}); skipped with the reason without it,
 * failing under {@code CI=true}. It works in a schema of its own, so no other test's tables are touched.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DisplayName("The Spring Boot example on PostgreSQL")
class NegotiationsOnPostgresqlTest {
    static final String SCHEMA = "parley_spring_example_test";
    static String url;
    static String user;
    static String password;

    @BeforeAll
    static void requirePostgresql() {
        String configured = setting("parley.pg.url", "PARLEY_PG_URL");
        String reason;
        if (configured == null) {
            reason = "PostgreSQL tests need -Dparley.pg.url (or PARLEY_PG_URL); .ci/run sets it";
        } else {
            user = setting("parley.pg.user", "PARLEY_PG_USER");
            password = setting("parley.pg.password", "PARLEY_PG_PASSWORD");
            try (Connection c = DriverManager.getConnection(configured, user, password);
                 Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
                s.execute("CREATE SCHEMA " + SCHEMA);
                url = configured + (configured.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
                noteUse();
                return;
            } catch (SQLException e) {
                reason = "PostgreSQL at " + configured + " is not reachable: " + e.getMessage();
            }
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail("CI=true but " + reason);
        }
        Assumptions.abort("SKIPPED: " + reason);
    }

    @DynamicPropertySource
    static void postgresql(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> user);
        registry.add("spring.datasource.password", () -> password);
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    DataSource dataSource;

    @Test
    @DisplayName("records the seed into parley_ tables and serves it over HTTP")
    void servesTheSeed() throws Exception {
        ResponseEntity<String> response = http.getForEntity(
                "/negotiations/ru-ua-direct-talks-2025?asOf=2025-06-03", String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode state = new ObjectMapper().readTree(response.getBody());
        assertThat(state.get("developmentCount").asInt()).isPositive();
        assertThat(NegotiationsApplicationTest.position(state, "ru-offer-children").get("status").asText())
                .isEqualTo("OPEN");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM " + SCHEMA + ".parley_domain_event_entry")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(17);
        }
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** Leaves a line in target/postgresql-tests.log, so CI can show that this test really ran. */
    private static void noteUse() {
        try {
            Files.writeString(Path.of("target", "postgresql-tests.log"),
                    NegotiationsOnPostgresqlTest.class.getName() + ".servesTheSeed" + System.lineSeparator(),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String setting(String property, String env) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? null : value;
    }
}
