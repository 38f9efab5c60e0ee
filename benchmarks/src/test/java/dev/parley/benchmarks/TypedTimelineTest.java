package dev.parley.benchmarks;

import dev.parley.model.TimelineFiles;
import dev.parley.model.TimelineReader;
import dev.parley.timeline.Development;
import dev.parley.timeline.DevelopmentTypes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@DisplayName("A timeline of one development type")
class TypedTimelineTest {

    static Set<String> types() {
        return TypedTimeline.types();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    @DisplayName("validates, and holds the asked number of developments of its type")
    void validFileOfTheType(String type, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("typed.json");
        long written = TypedTimeline.write(file, "typed", type, 25);

        TimelineFiles.validate(file);
        List<Development> developments = new ArrayList<>();
        try (TimelineReader reader = TimelineReader.open(file)) {
            reader.forEachRemaining(developments::add);
        }
        assertThat(developments).hasSize((int) written);
        assertThat(developments).filteredOn(d -> d.typeName().equals(type) && d.id().startsWith(type + "-"))
                .hasSize(25);
    }

    @Test
    @DisplayName("exists for every type but the opening, which a negotiation holds once")
    void everyType() {
        assertThat(TypedTimeline.types()).hasSize(DevelopmentTypes.all().size() - 1)
                .doesNotContain("negotiation-opened");
    }

    @Test
    @DisplayName("of an unknown type is refused with the types there are")
    void unknownType(@TempDir Path dir) {
        assertThatIllegalArgumentException().isThrownBy(() -> TypedTimeline.write(dir.resolve("x.json"), "x",
                "round-dreamt", 3)).withMessageContaining("round-dreamt").withMessageContaining("party-joined");
    }
}
