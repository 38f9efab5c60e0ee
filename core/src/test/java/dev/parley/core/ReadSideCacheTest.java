package dev.parley.core;

import dev.parley.model.Sample;

import dev.parley.Parley;
import dev.parley.timeline.Development;
import dev.parley.timeline.ReportCorrected;
import dev.parley.timeline.ReportRetracted;
import dev.parley.timeline.state.NegotiationState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ParameterizedClass(name = "{0}")
@EnumSource(TestStores.class)
@DisplayName("A read side whose cache is smaller than the negotiations")
class ReadSideCacheTest {

    @Parameter
    TestStores store;

    @TempDir
    Path dir;

    Parley parley;

    @AfterEach
    void close() {
        if (parley != null) {
            parley.close();
        }
    }

    /** A negotiation of 1 + rounds developments, round i on day i of June. */
    static List<Development> negotiation(Sample talks, int rounds) {
        List<Development> developments = new ArrayList<>(List.of(talks.opened()));
        for (int i = 1; i <= rounds; i++) {
            developments.add(talks.round("r" + i, i, "Geneva", String.format("2025-06-%02d", i)));
        }
        return developments;
    }

    @Test
    @DisplayName("answers from the store: the same states as a replay, as developments keep coming")
    void refoldsWhatItCannotHold() {
        parley = store.open(dir, builder -> builder.readSideCache(5));
        Sample small = new Sample("small");
        Sample large = new Sample("large");
        parley.recordAll(negotiation(small, 3));
        parley.recordAll(negotiation(large, 20));

        assertThat(parley.state("large").orElseThrow()).isEqualTo(TestStores.replayed(parley, "large"));
        assertThat(parley.state("small").orElseThrow()).isEqualTo(TestStores.replayed(parley, "small"));

        parley.record(large.round("r21", 21, "Istanbul", "2025-06-21"));
        parley.record(small.round("r4", 4, "Istanbul", "2025-06-22"));

        assertThat(parley.state("large").orElseThrow().rounds()).hasSize(21);
        assertThat(parley.state("large").orElseThrow()).isEqualTo(TestStores.replayed(parley, "large"));
        assertThat(parley.state("small").orElseThrow()).isEqualTo(TestStores.replayed(parley, "small"));
        assertThat(parley.negotiations()).containsExactly("large", "small");
    }

    @Test
    @DisplayName("re-folds once after a run of corrections and retractions, whatever the cache size")
    void refoldsAfterCorrections() {
        parley = store.open(dir, builder -> builder.readSideCache(0));
        Sample talks = new Sample("talks");
        parley.recordAll(negotiation(talks, 4));
        parley.state("talks");

        parley.record(new ReportCorrected(talks.env("r2-corrected", "2025-06-03"), "r2",
                talks.round("r2", 2, "Istanbul", "2025-06-02"), "the venue was Istanbul"));
        parley.record(new ReportRetracted(talks.env("r3-retracted", "2025-06-04"), "r3", "no such round"));
        parley.record(talks.round("r5", 5, "Geneva", "2025-06-05"));

        NegotiationState state = parley.state("talks").orElseThrow();
        assertThat(state.rounds()).extracting(r -> r.number() + " " + r.venue())
                .containsExactly("1 Geneva", "2 Istanbul", "4 Geneva", "5 Geneva");
        assertThat(state).isEqualTo(TestStores.replayed(parley, "talks"));
    }

    @Test
    @DisplayName("cannot be given a negative size")
    void rejectsNegativeSize() {
        assertThatThrownBy(() -> Parley.builder().readSideCache(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("readSideCache must not be negative, got -1");
    }
}
