package dev.parley.timeline;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Exceptions")
class ExceptionRootTest {

    @Test
    @DisplayName("every exception of the API is a ParleyException, so one catch covers them all")
    void oneRoot() throws IOException, URISyntaxException {
        Path classes = Path.of(ParleyException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> throwables;
        try (Stream<Path> files = Files.walk(classes.resolve("dev/parley/timeline"))) {
            throwables = files.map(classes::relativize).map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .<Class<?>>map(name -> load(name.substring(0, name.length() - ".class".length()).replace('/', '.')
                            .replace('\\', '.')))
                    .filter(Throwable.class::isAssignableFrom).toList();
        }
        assertThat(throwables).contains(InvalidValueException.class, RuleViolationException.class,
                TimelineFormatException.class, StoreException.class, ParleyException.class);
        assertThat(throwables).allSatisfy(type -> assertThat(ParleyException.class).isAssignableFrom(type));
    }

    @Test
    @DisplayName("an invalid value names its field and is caught as a ParleyException")
    void invalidValue() {
        try {
            PartialDate.parse("2025-02-30");
        } catch (ParleyException e) {
            assertThat(e).isInstanceOfSatisfying(InvalidValueException.class,
                    invalid -> assertThat(invalid.field()).isEqualTo("date"));
            assertThat(e).hasMessage("date: '2025-02-30' is not a real calendar date");
            return;
        }
        throw new AssertionError("2025-02-30 was accepted");
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
