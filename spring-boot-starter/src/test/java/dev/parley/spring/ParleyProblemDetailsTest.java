package dev.parley.spring;

import dev.parley.Parley;
import dev.parley.model.Sample;
import dev.parley.timeline.PartialDate;
import dev.parley.timeline.Progress;
import dev.parley.timeline.RuleViolationException;
import dev.parley.timeline.StoreException;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.WebApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DisplayName("Parley's problem details")
class ParleyProblemDetailsTest {

    static final Sample TALKS = new Sample("talks");

    /** An application's controller that lets Parley's exceptions through. */
    @RestController
    static class TalksController {
        private final Parley parley;

        TalksController(Parley parley) {
            this.parley = parley;
        }

        @PostMapping("/talks/rejections/{id}")
        void reject(@PathVariable String id) {
            parley.record(TALKS.opened());
            parley.record(TALKS.rejected(id, "no-such-offer", "Ukraine", "2025-06-02"));
        }

        @PostMapping("/talks/import")
        void importTimeline(@RequestBody String text) throws IOException {
            Path file = Files.createTempFile("talks", ".json");
            try {
                Files.writeString(file, text);
                parley.importTimeline(file, Progress.NONE);
            } finally {
                Files.delete(file);
            }
        }

        @PostMapping("/talks/dates")
        void date(@RequestBody String date) {
            PartialDate.parse(date);
        }

        @PostMapping("/talks/store")
        void store() {
            throw new StoreException("connection to db.internal:5432 refused", new SQLException("refused"));
        }
    }

    final WebApplicationContextRunner web = new WebApplicationContextRunner()
            .withPropertyValues("parley.store=memory")
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
                    HttpMessageConvertersAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
                    WebMvcAutoConfiguration.class, ParleyAutoConfiguration.class,
                    ParleyProblemDetailsAutoConfiguration.class))
            .withUserConfiguration(TalksController.class);

    static MockMvc mvc(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context).build();
    }

    @Nested
    @DisplayName("with parley.web.problem-details.enabled=true")
    class Enabled {
        final WebApplicationContextRunner enabled = web.withPropertyValues("parley.web.problem-details.enabled=true");

        @Test
        @DisplayName("a rule violated is a 422 naming the rule and the development")
        void ruleViolated() {
            enabled.run(context -> mvc(context).perform(post("/talks/rejections/r-1"))
                    .andExpect(status().is(422))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("urn:parley:problem:unknown-position"))
                    .andExpect(jsonPath("$.title").value("Rule violated: UNKNOWN_POSITION"))
                    .andExpect(jsonPath("$.rule").value("UNKNOWN_POSITION"))
                    .andExpect(jsonPath("$.developmentId").value("r-1"))
                    .andExpect(jsonPath("$.detail").value("position 'no-such-offer' is not recorded"))
                    .andExpect(jsonPath("$.instance").value("/talks/rejections/r-1")));
        }

        @Test
        @DisplayName("a malformed timeline is a 400 naming the rule, line and column")
        void malformed() {
            enabled.run(context -> mvc(context).perform(post("/talks/import")
                            .contentType(MediaType.TEXT_PLAIN).content("{\"format\": \"parley/1\",\n  \"negotia"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.rule").value("MALFORMED_INPUT"))
                    .andExpect(jsonPath("$.line").value(2))
                    .andExpect(jsonPath("$.column").isNumber()));
        }

        @Test
        @DisplayName("an invalid value is a 400 naming the field")
        void invalidValue() {
            enabled.run(context -> mvc(context).perform(post("/talks/dates")
                            .contentType(MediaType.TEXT_PLAIN).content("2025-02-30"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.rule").value("INVALID_VALUE"))
                    .andExpect(jsonPath("$.field").isString()));
        }

        @Test
        @DisplayName("a store failure is a 503 that does not tell the client the cause")
        void storeFailed() {
            enabled.run(context -> {
                String body = mvc(context).perform(post("/talks/store"))
                        .andExpect(status().isServiceUnavailable())
                        .andExpect(jsonPath("$.type").value("urn:parley:problem:store-unavailable"))
                        .andReturn().getResponse().getContentAsString();
                assertThat(body).doesNotContain("db.internal", "refused");
            });
        }

        @Test
        @DisplayName("text from the request is cut before it is echoed (an id of 1,000 characters: 200 is the most)")
        void longId() {
            String id = "x".repeat(1_000);
            enabled.run(context -> mvc(context).perform(post("/talks/rejections/" + id))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.rule").value("INVALID_VALUE"))
                    .andExpect(jsonPath("$.detail").value(Matchers.endsWith("...")))
                    .andExpect(jsonPath("$.detail").value(Matchers.not(Matchers.containsString("x".repeat(251))))));
        }
    }

    @Test
    @DisplayName("are off by default: Parley's exception reaches the application's error handling as it is")
    void offByDefault() {
        web.run(context -> {
            assertThat(context).doesNotHaveBean(ParleyProblemDetails.class);
            assertThatThrownBy(() -> mvc(context).perform(post("/talks/rejections/r-1")))
                    .hasRootCauseInstanceOf(RuleViolationException.class);
        });
    }

    @Test
    @DisplayName("are not configured outside a web application, even when enabled")
    void notWeb() {
        new ApplicationContextRunner()
                .withPropertyValues("parley.store=memory", "parley.web.problem-details.enabled=true")
                .withConfiguration(AutoConfigurations.of(ParleyAutoConfiguration.class,
                        ParleyProblemDetailsAutoConfiguration.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ParleyProblemDetails.class));
    }
}
