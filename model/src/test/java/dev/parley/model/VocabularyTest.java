package dev.parley.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import dev.parley.timeline.Development;
import dev.parley.timeline.state.NegotiationState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The vocabulary")
class VocabularyTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Map<Class<? extends Development>, Development> SAMPLES = Samples.all();

    static Stream<Class<? extends Development>> types() {
        return Arrays.stream(ParleyTypes.developmentTypes());
    }

    @Test
    @DisplayName("every permitted development type has a sample, a JSON subtype entry and a unique kebab-case name")
    void everyTypeIsRegistered() {
        List<Class<? extends Development>> types = types().toList();
        assertThat(SAMPLES.keySet()).containsExactlyInAnyOrderElementsOf(types);
        List<Object> subtypes = Arrays.stream(Development.class.getAnnotation(JsonSubTypes.class).value())
                .map(t -> (Object) t.value()).toList();
        assertThat(subtypes).containsExactlyInAnyOrderElementsOf(types);
        List<String> names = types.stream().map(Development::typeName).toList();
        assertThat(names).doesNotHaveDuplicates().allMatch(n -> n.matches("[a-z]+(-[a-z]+)+"));
    }

    @Test
    @DisplayName("the visitor has exactly one method per permitted type, taking that type")
    void visitorCoversEveryType() {
        List<Class<?>> visited = Arrays.stream(Development.Visitor.class.getDeclaredMethods())
                .<Class<?>>map(m -> m.getParameterTypes()[0]).toList();
        assertThat(visited).containsExactlyInAnyOrderElementsOf(types().map(t -> (Class<?>) t).toList());
        assertThat(Development.Visitor.class.getDeclaredMethods())
                .allSatisfy(m -> assertThat(m.getName()).isEqualTo("on" + m.getParameterTypes()[0].getSimpleName()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    @DisplayName("accept calls the visitor's method for the development's own type")
    void acceptDispatchesToItsType(Class<? extends Development> type) {
        List<Method> called = new ArrayList<>();
        @SuppressWarnings("unchecked")
        Development.Visitor<Object> spy = (Development.Visitor<Object>) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[]{Development.Visitor.class}, (proxy, method, args) -> {
                    called.add(method);
                    return args[0];
                });
        Development sample = SAMPLES.get(type);
        assertThat(sample.accept(spy)).isSameAs(sample);
        assertThat(called).singleElement().satisfies(m -> assertThat(m.getParameterTypes()).containsExactly(type));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    @DisplayName("the fold handles every type")
    void foldHandlesEveryType(Class<? extends Development> type) {
        NegotiationState state = NegotiationProjection.fold(Samples.NEGOTIATION, SAMPLES.values());
        NegotiationState once = NegotiationProjection.evolve(state, SAMPLES.get(type));
        assertThat(once.developmentCount()).isEqualTo(SAMPLES.size() + 1);
        assertThat(once.lastDevelopment()).isEqualTo(SAMPLES.get(type).id());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    @DisplayName("JSON matches the golden file and reads back equal")
    void goldenJson(Class<? extends Development> type) throws IOException {
        Development sample = SAMPLES.get(type);
        String json = ParleyJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(sample) + "\n";
        Path golden = GOLDEN.resolve(sample.typeName() + ".json");
        if (!Files.exists(golden) && "true".equals(System.getProperty("parley.golden.write"))) {
            Files.writeString(golden, json);
        }
        assertThat(golden).as("golden file (create with -Dparley.golden.write=true)").exists();
        assertThat(json).isEqualTo(Files.readString(golden));
        assertThat(ParleyJson.mapper().readValue(Files.readString(golden), Development.class)).isEqualTo(sample);
    }
}
