package dev.parley.engine;

import dev.parley.model.Samples;
import dev.parley.timeline.Development;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Stored events")
class StoredTypeNamesTest {
    private static final Map<Class<? extends Development>, Development> SAMPLES = Samples.all();

    static Stream<Class<? extends Development>> types() {
        return SAMPLES.keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    @DisplayName("the event store keeps the logical type name and revision, never the class name")
    void storedTypeIsLogical(Class<? extends Development> type) {
        ParleySerializer serializer = new ParleySerializer();
        Development sample = SAMPLES.get(type);
        SerializedObject<byte[]> stored = serializer.serialize(sample, byte[].class);

        assertThat(stored.getType().getName()).isEqualTo(sample.typeName());
        assertThat(stored.getType().getRevision()).isEqualTo(StoredForm.CURRENT.revisionOf(sample.typeName()));
        assertThat(new String(stored.getData(), StandardCharsets.UTF_8)).doesNotContain("dev.parley");
        Object back = serializer.deserialize(new SimpleSerializedObject<>(stored.getData(), byte[].class,
                stored.getType()));
        assertThat(back).isEqualTo(sample);
    }
}
