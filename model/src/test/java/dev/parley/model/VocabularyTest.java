package dev.parley.model;

import dev.parley.timeline.Development;
import dev.parley.timeline.DevelopmentTypes;
import dev.parley.timeline.RecordResult;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("The vocabulary")
class VocabularyTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Map<Class<? extends Development>, Development> SAMPLES = Samples.all();

    static Stream<Class<? extends Development>> types() {
        return DevelopmentTypes.all().values().stream();
    }

    @Test
    @DisplayName("lists every permitted type (walking the sealed hierarchy) under its kebab-case name, with a sample")
    void everyTypeIsListed() {
        List<Class<?>> permitted = new ArrayList<>();
        walk(Development.class, permitted);
        assertThat(DevelopmentTypes.all().values()).containsExactlyElementsOf(
                permitted.stream().map(t -> (Class<? extends Development>) t.asSubclass(Development.class)).toList());
        assertThat(DevelopmentTypes.all()).allSatisfy((name, type) -> {
            assertThat(name).isEqualTo(Development.typeName(type)).matches("[a-z]+(-[a-z]+)+");
            assertThat(type.isRecord()).as(name).isTrue();
        });
        assertThat(SAMPLES.keySet()).containsExactlyInAnyOrderElementsOf(DevelopmentTypes.all().values());
        assertThatThrownBy(() -> DevelopmentTypes.all().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    private static void walk(Class<?> type, List<Class<?>> concrete) {
        if (type.isSealed()) {
            Arrays.stream(type.getPermittedSubclasses()).forEach(sub -> walk(sub, concrete));
        } else {
            concrete.add(type);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    @DisplayName("the codec knows every type by its name alone (no @JsonSubTypes list)")
    void codecKnowsEveryName(Class<? extends Development> type) throws IOException {
        String json = ParleyJson.codec().write(SAMPLES.get(type));
        assertThat(ParleyJson.codec().reader().readTree(json).get("type").asText()).isEqualTo(Development.typeName(type));
        assertThat(ParleyJson.codec().read(json, Development.class)).isInstanceOf(type);
        assertThat(Development.class.getAnnotations()).noneMatch(a -> a.annotationType().getSimpleName()
                .equals("JsonSubTypes"));
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
        matchesGolden(sample, GOLDEN.resolve(sample.typeName() + ".json"));
    }

    static Stream<String> widened() {
        return Samples.widened().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("widened")
    @DisplayName("every field added to parley/1 has a golden file too, and reads back equal")
    void goldenWidened(String name) throws IOException {
        matchesGolden(Samples.widened().get(name), GOLDEN.resolve(name + ".json"));
    }

    private static void matchesGolden(Development sample, Path golden) throws IOException {
        String json = ParleyJson.codec().writePretty(sample) + "\n";
        if (!Files.exists(golden) && "true".equals(System.getProperty("parley.golden.write"))) {
            Files.writeString(golden, json);
        }
        assertThat(golden).as("golden file (create with -Dparley.golden.write=true)").exists();
        assertThat(json).isEqualTo(Files.readString(golden));
        assertThat(ParleyJson.codec().read(Files.readString(golden), Development.class)).isEqualTo(sample);
    }

    @Test
    @DisplayName("the widened samples record cleanly after the samples of every type")
    void samplesRecordCleanly() {
        NegotiationDecider decider = NegotiationDecider.initialState(Samples.NEGOTIATION);
        Stream.concat(SAMPLES.values().stream(), Samples.widened().values().stream())
                .forEach(d -> assertThat(decider.record(d)).as(d.id()).isEqualTo(RecordResult.RECORDED));
    }
}
