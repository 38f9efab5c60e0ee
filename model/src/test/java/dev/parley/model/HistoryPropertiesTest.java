package dev.parley.model;

import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link History#stateAsOf(AsOf, int)} is {@link NegotiationProjection#foldAsOf} of the prefix, for generated
 * histories of every type ({@link Histories}: partial dates, late reports, corrections and retractions of
 * corrections and retractions), with checkpoints and blocks a few developments apart so that every path is taken.
 */
@Label("History properties")
class HistoryPropertiesTest {

    @Provide
    Arbitrary<List<Development>> histories() {
        return Histories.histories(80);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Histories.days();
    }

    @Provide
    Arbitrary<Integer> spacings() {
        return Arbitraries.integers().between(1, 9);
    }

    @Property(tries = 300)
    @Label("a cut of any prefix, on either axis or both, is foldAsOf of that prefix")
    void anyCutOfAnyPrefix(@ForAll("histories") List<Development> history, @ForAll("days") LocalDate occurred,
                           @ForAll("days") LocalDate known, @ForAll("spacings") int spacing,
                           @ForAll("spacings") int block) {
        History cached = History.of(Histories.NEGOTIATION, spacing, block);
        history.forEach(cached::append);
        for (AsOf cut : List.of(AsOf.now(), AsOf.occurredBy(occurred), AsOf.knownAt(known),
                AsOf.occurredBy(occurred).andKnownAt(known))) {
            for (int prefix = 0; prefix <= history.size(); prefix += 1 + history.size() / 10) {
                assertThat(cached.stateAsOf(cut, prefix)).as("%s, first %d", cut, prefix).isEqualTo(
                        NegotiationProjection.foldAsOf(Histories.NEGOTIATION, history.subList(0, prefix), cut));
            }
            assertThat(cached.stateAsOf(cut)).as("%s", cut).isEqualTo(
                    NegotiationProjection.foldAsOf(Histories.NEGOTIATION, history, cut));
        }
    }
}
