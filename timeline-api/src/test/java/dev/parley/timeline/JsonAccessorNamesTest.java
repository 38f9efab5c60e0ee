package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.parley.timeline.state.NegotiationState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jackson before 2.20 (the versions Spring Boot 3.3 to 3.5 manage) treats an {@code @JsonIgnore}d {@code isX()} or
 * {@code getX()} accessor as the property {@code x}, and drops a record component {@code x} along with it. The
 * state's JSON on those versions is compared with the pinned one by the user projects under
 * {@code examples/compat}; this keeps the cause from coming back in any record of the API.
 */
@DisplayName("JSON accessors of the API's records")
class JsonAccessorNamesTest {

    @Test
    @DisplayName("no ignored is/get accessor shares its bean name with a record component")
    void noIgnoredAccessorShadowsAComponent() throws IOException, URISyntaxException {
        List<String> shadowing = apiRecords()
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods())
                        .filter(method -> method.isAnnotationPresent(JsonIgnore.class))
                        .filter(method -> componentNames(type).contains(beanName(method)))
                        .map(method -> type.getName() + "." + method.getName() + "()"))
                .toList();

        assertThat(apiRecords()).as("the API's records were found").contains(NegotiationState.class);
        assertThat(shadowing).as("ignored accessors that hide a component on Jackson < 2.20").isEmpty();
    }

    @Test
    @DisplayName("NegotiationState's isOpened() is no JSON property, and its component opened is")
    void isOpenedIsNotDetected() {
        JsonAutoDetect detect = NegotiationState.class.getAnnotation(JsonAutoDetect.class);
        assertThat(detect).isNotNull();
        assertThat(detect.isGetterVisibility()).isEqualTo(JsonAutoDetect.Visibility.NONE);
        assertThat(componentNames(NegotiationState.class)).contains("opened");
    }

    private static Stream<Class<?>> apiRecords() throws IOException, URISyntaxException {
        Path classes = Path.of(Development.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> records;
        try (Stream<Path> files = Files.walk(classes)) {
            records = files.map(classes::relativize).map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.equals("module-info.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.')
                            .replace('\\', '.'))
                    .map(JsonAccessorNamesTest::load)
                    .filter(Class::isRecord)
                    .collect(Collectors.toList());
        }
        return records.stream();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, JsonAccessorNamesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name, e);
        }
    }

    private static Set<String> componentNames(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
    }

    /** The property name Jackson 2 derives from a getter's name, or the plain name for any other method. */
    private static String beanName(Method method) {
        String name = method.getName();
        for (String prefix : List.of("is", "get")) {
            if (name.length() > prefix.length() && name.startsWith(prefix)
                    && Character.isUpperCase(name.charAt(prefix.length()))) {
                return Character.toLowerCase(name.charAt(prefix.length())) + name.substring(prefix.length() + 1);
            }
        }
        return name;
    }
}
