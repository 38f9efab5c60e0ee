package dev.parley.core;

import dev.parley.Parley;
import dev.parley.model.Sample;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.ReportCorrected;
import dev.parley.timeline.state.NegotiationState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit axis: what the store held at an instant, by its own timestamps, alone and combined with the other
 * two axes. The instants between writes are taken from the clock with a pause around them, so each write is
 * certainly on one side.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestStores.class)
@DisplayName("AsOf.recordedBy: what the store held at an instant")
class AuditAxisTest {

    @Parameter
    TestStores store;

    @TempDir
    Path tempDir;

    Parley parley;
    final Sample talks = new Sample("talks");
    Instant beforeAnything;
    Instant afterFirstRound;
    Instant afterCorrection;

    @BeforeEach
    void recordInThreeSittings() throws InterruptedException {
        parley = store.open(tempDir);
        beforeAnything = pause();
        parley.recordAll(java.util.List.of(talks.opened(), talks.round("r1", 1, "Geneva", "2025-05-16")));
        afterFirstRound = pause();
        parley.record(new ReportCorrected(talks.env("r1-corrected", "2025-06-01"), "r1",
                talks.round("r1", 1, "Istanbul", "2025-05-16"), "the venue was Istanbul"));
        afterCorrection = pause();
        parley.record(talks.round("r2", 2, "Istanbul", "2025-06-02"));
    }

    @AfterEach
    void close() {
        parley.close();
    }

    private static Instant pause() throws InterruptedException {
        Thread.sleep(20);
        Instant now = Instant.now();
        Thread.sleep(20);
        return now;
    }

    private NegotiationState state(AsOf cut) {
        return parley.state("talks", cut).orElseThrow();
    }

    @Test
    @DisplayName("before the first write the negotiation was not there")
    void beforeAnything() {
        assertThat(parley.state("talks", AsOf.recordedBy(beforeAnything))).isEmpty();
    }

    @Test
    @DisplayName("between writes it held what had been written, corrections included only once stored")
    void betweenWrites() {
        assertThat(state(AsOf.recordedBy(afterFirstRound)).rounds()).extracting(r -> r.venue())
                .containsExactly("Geneva");
        assertThat(state(AsOf.recordedBy(afterCorrection)).rounds()).extracting(r -> r.venue())
                .containsExactly("Istanbul");
        NegotiationState current = parley.state("talks").orElseThrow();
        NegotiationState stored = state(AsOf.recordedBy(Instant.now()));
        assertThat(stored.rounds()).isEqualTo(current.rounds());
        assertThat(stored.developmentCount()).isEqualTo(current.developmentCount());
    }

    @Test
    @DisplayName("combines with the valid-time and knowledge-time cuts")
    void combined() {
        AsOf storedThenHappenedByMay = AsOf.occurredBy(LocalDate.of(2025, 5, 31)).andRecordedBy(afterCorrection);
        assertThat(state(storedThenHappenedByMay).rounds()).extracting(r -> r.venue()).containsExactly("Istanbul");

        AsOf knownBeforeTheCorrection = AsOf.knownAt(LocalDate.of(2025, 5, 31)).andRecordedBy(Instant.now());
        assertThat(state(knownBeforeTheCorrection).rounds()).extracting(r -> r.venue()).containsExactly("Geneva");
    }

    @Test
    @DisplayName("is answered again after more writes, from the cached history extended by the new ones")
    void afterMoreWrites() {
        assertThat(state(AsOf.recordedBy(Instant.now())).rounds()).hasSize(2);
        parley.record(talks.round("r3", 3, "Istanbul", "2025-07-23"));

        assertThat(state(AsOf.recordedBy(Instant.now())).rounds()).hasSize(3);
        assertThat(state(AsOf.recordedBy(afterFirstRound)).rounds()).hasSize(1);
    }
}
