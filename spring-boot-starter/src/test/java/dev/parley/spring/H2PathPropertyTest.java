package dev.parley.spring;

import dev.parley.model.HostileH2Paths;
import dev.parley.model.HostileH2Paths.Payload;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code parley.h2.path} is a path, never URL settings (issue 21). */
@DisplayName("parley.h2.path")
class H2PathPropertyTest {

    @TempDir
    static Path dir;

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ParleyAutoConfiguration.class));

    /** The payloads that Spring converts to a {@code Path}, so that they reach Parley. */
    static List<Payload> payloads() {
        return HostileH2Paths.in(dir).stream().filter(payload -> payload.path().startsWith("/")).toList();
    }

    /** The others, which Spring's conversion to a {@code Path} reads as a URL of a resource. */
    static List<Payload> urlLike() {
        return HostileH2Paths.in(dir).stream().filter(payload -> !payload.path().startsWith("/")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    @DisplayName("with H2 URL syntax fails the start as an invalid property naming it, its value and the rule; "
            + "nothing runs")
    void refused(Payload payload) {
        List<Path> before = HostileH2Paths.everythingUnder(dir);
        runner.withPropertyValues("parley.store=h2", "parley.h2.path=" + payload.path())
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                        .hasMessageStartingWith("Property parley.h2.path with value '" + payload.path() + "'")
                        .hasMessageContaining(payload.path().substring(0, 20))
                        .hasMessageContaining("an H2 database path is a plain file path"));
        assertThat(HostileH2Paths.everythingUnder(dir)).as("files after " + payload).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("urlLike")
    @DisplayName("that Spring reads as a resource URL fails the start at binding, naming it; nothing runs")
    void refusedByBinding(Payload payload) {
        List<Path> before = HostileH2Paths.everythingUnder(dir);
        runner.withPropertyValues("parley.store=h2", "parley.h2.path=" + payload.path())
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("parley.h2.path")
                        .hasStackTraceContaining(payload.path()));
        assertThat(HostileH2Paths.everythingUnder(dir)).as("files after " + payload).isEqualTo(before);
    }
}
