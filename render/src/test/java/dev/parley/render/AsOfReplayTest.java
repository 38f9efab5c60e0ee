package dev.parley.render;

import dev.parley.model.NegotiationProjection;
import dev.parley.model.Samples;
import dev.parley.timeline.Development;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.Position;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The as-of cuts of the page")
class AsOfReplayTest {

    static Stream<Arguments> histories() {
        Stream<Arguments> examples = TimelineJsTest.examples().map(e -> Arguments.of(Named.of(e.name(),
                e.timeline().negotiationId()), e.developments()));
        return Stream.concat(examples, Stream.of(
                Arguments.of(Named.of("every development type (model samples)", Samples.NEGOTIATION),
                        List.copyOf(Samples.all().values())),
                Arguments.of(Named.of("hostile", Hostile.ID), Hostile.developments())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    @DisplayName("show at every cut, on both axes, exactly the state Parley's replay computes")
    void equalParleysReplay(String negotiationId, List<Development> history) {
        for (AsOfReplay.Axis axis : AsOfReplay.Axis.values()) {
            List<AsOfReplay.Cut> cuts = AsOfReplay.cuts(negotiationId, history, axis);
            assertThat(cuts).as(axis + ": cuts").isNotEmpty();
            Map<String, String> shown = new HashMap<>();
            for (int k = 0; k < cuts.size(); k++) {
                shown.putAll(cuts.get(k).changes());
                LocalDate day = cuts.get(k).day();
                LocalDate next = k + 1 < cuts.size() ? cuts.get(k + 1).day() : day.plusDays(30);
                // the cut's own day, the day before the next change, and (before the first) long before
                Set<LocalDate> days = new TreeSet<>(List.of(day, next.minusDays(1)));
                if (k == 0) {
                    days.add(day.minusYears(5));
                }
                for (LocalDate at : days) {
                    NegotiationState expected = NegotiationProjection.replay(negotiationId, history, axis.at(at), at);
                    String cut = axis + " " + at;
                    for (Position p : expected.positions()) {
                        assertThat(shown.get(p.id())).as(cut + ": " + p.id()).isEqualTo(p.status().name());
                    }
                    assertThat(shown.entrySet().stream().filter(e -> e.getValue().equals(AsOfReplay.UNCERTAIN))
                            .map(Map.Entry::getKey).collect(Collectors.toSet())).as(cut + ": uncertain")
                            .isEqualTo(Set.copyOf(expected.uncertain()));
                    assertThat(shown.values().stream().filter(v -> !Set.of(AsOfReplay.OUT, AsOfReplay.UNCERTAIN,
                            AsOfReplay.RETRACTED).contains(v)).count()).as(cut + ": in the state")
                            .isEqualTo(expected.developmentCount());
                    assertThat(cuts.get(k).folded()).as(cut + ": folded").isEqualTo(expected.developmentCount());
                    assertThat(cuts.get(k).agreements()).as(cut + ": agreements and their ledgers")
                            .isEqualTo(expected.agreements());
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    @DisplayName("list only days on which something changes, in order")
    void onlyChanges(String negotiationId, List<Development> history) {
        for (AsOfReplay.Axis axis : AsOfReplay.Axis.values()) {
            List<AsOfReplay.Cut> cuts = AsOfReplay.cuts(negotiationId, history, axis);
            assertThat(cuts.stream().map(AsOfReplay.Cut::day).toList()).isSorted().doesNotHaveDuplicates();
            for (int k = 1; k < cuts.size(); k++) {
                assertThat(!cuts.get(k).changes().isEmpty()
                        || !cuts.get(k).agreements().equals(cuts.get(k - 1).agreements()))
                        .as("cut " + cuts.get(k).day() + " changes something").isTrue();
            }
        }
    }
}
