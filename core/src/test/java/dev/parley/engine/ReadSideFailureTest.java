package dev.parley.engine;

import dev.parley.model.Sample;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("The read side")
class ReadSideFailureTest {
    final Sample talks = new Sample("talks");

    @Test
    @DisplayName("remembers why it could not handle a development, until it handles one again")
    void remembersFailure() {
        ReadSide readSide = new ReadSide((id, last) -> List.of(), 1_000);

        assertThatThrownBy(() -> readSide.on(null, 0)).isInstanceOf(NullPointerException.class);
        assertThat(readSide.failure()).containsInstanceOf(NullPointerException.class);

        readSide.on(talks.opened(), 0);
        assertThat(readSide.failure()).isEmpty();
        assertThat(readSide.state("talks")).isPresent();
    }

    @Test
    @DisplayName("advances a cached state only by the very next development; after a gap it re-folds from the store")
    void refoldsAfterGap() {
        List<dev.parley.timeline.Development> stored = List.of(talks.opened(),
                talks.statement("s1", "Umerov", "one", "2025-06-02"),
                talks.statement("s2", "Umerov", "two", "2025-06-02"));
        ReadSide readSide = new ReadSide((id, last) -> stored.subList(0, (int) (last + 1)), 1_000);

        readSide.on(stored.get(0), 0);
        readSide.on(stored.get(2), 2);   // sequence 1 not seen (yet): the cached state must not skip it

        assertThat(readSide.state("talks").orElseThrow().statements()).hasSize(2);
    }
}
