package dev.parley.model;

import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.DevelopmentTypes;
import dev.parley.timeline.RecordResult;
import dev.parley.timeline.ReportCorrected;
import dev.parley.timeline.ReportRetracted;
import dev.parley.timeline.state.NegotiationState;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of replay over generated histories of every development type ({@link Histories}), corrections and
 * retractions included. Placement is checked through {@link NegotiationProjection#placement}, the one function
 * {@code foldAsOf} places developments with. The expected corrected history is computed here independently: a
 * development is retracted when a retraction known at the cut targets it and is not itself retracted.
 */
@Label("Replay properties")
class ReplayPropertiesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    @Provide
    Arbitrary<List<Development>> histories() {
        return Histories.histories(40);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Histories.days();
    }

    @Example
    @Label("the generator uses every development type, corrections and retractions of corrections and retractions too")
    void generatorCoversEveryType() {
        List<List<Development>> sample = Histories.histories(60).sampleStream().limit(200).toList();
        Set<String> types = sample.stream().flatMap(h -> Histories.typesIn(h).stream()).collect(Collectors.toSet());
        assertThat(types).containsExactlyInAnyOrderElementsOf(DevelopmentTypes.all().keySet());
        assertThat(sample).anySatisfy(history -> assertThat(history).anySatisfy(d -> assertThat(d)
                .isInstanceOfSatisfying(ReportRetracted.class, r -> assertThat(byId(history).get(r.development()))
                        .isInstanceOfAny(ReportRetracted.class, ReportCorrected.class))));
    }

    @Property(tries = 200)
    @Label("every generated development reads back equal from JSON, and recording it again is ALREADY_RECORDED")
    void idempotentAndStorable(@ForAll("histories") List<Development> history) {
        NegotiationDecider decider = NegotiationDecider.initialState(Histories.NEGOTIATION);
        history.forEach(decider::record);
        for (Development d : history) {
            assertThat(ParleyJson.codec().read(ParleyJson.codec().write(d), Development.class)).isEqualTo(d);
            assertThat(decider.record(d)).as(d.id()).isEqualTo(RecordResult.ALREADY_RECORDED);
        }
        assertThat(decider.state().developmentCount()).isEqualTo(history.size());
    }

    @Property(tries = 200)
    @Label("AsOf.now() is the fold of the corrected history; without corrections it is the decider's state")
    void nowIsTheCorrectedHistory(@ForAll("histories") List<Development> history) {
        NegotiationState replayed = NegotiationProjection.replay(Histories.NEGOTIATION, history, AsOf.now(), TODAY);
        List<Development> corrected = corrected(history, AsOf.now());
        assertThat(replayed).isEqualTo(NegotiationProjection.evaluate(
                NegotiationProjection.fold(Histories.NEGOTIATION, corrected), AsOf.now(), TODAY));
        assertThat(replayed.uncertain()).isEmpty();
        if (history.stream().noneMatch(d -> d instanceof ReportCorrected || d instanceof ReportRetracted)) {
            NegotiationDecider decider = NegotiationDecider.initialState(Histories.NEGOTIATION);
            history.forEach(decider::record);
            assertThat(replayed).isEqualTo(NegotiationProjection.evaluate(decider.state(), AsOf.now(), TODAY));
        }
    }

    @Property(tries = 300)
    @Label("placement is monotone: in at a cut stays in at a later one, out at a cut was out at an earlier one")
    void placementIsMonotone(@ForAll("histories") List<Development> history, @ForAll("days") LocalDate a,
                             @ForAll("days") LocalDate b, @ForAll("days") LocalDate c, @ForAll("days") LocalDate d) {
        AsOf earlier = new AsOf(min(a, b), min(c, d));
        AsOf later = new AsOf(max(a, b), max(c, d));
        Map<String, Development> effective = effective(history, AsOf.now());
        for (Development original : history) {
            Development stands = effective.getOrDefault(original.id(), original);
            AsOf.Placement before = NegotiationProjection.placement(original, stands, earlier);
            AsOf.Placement after = NegotiationProjection.placement(original, stands, later);
            if (before == AsOf.Placement.IN) {
                assertThat(after).as(original.id()).isEqualTo(AsOf.Placement.IN);
            }
            if (after == AsOf.Placement.OUT) {
                assertThat(before).as(original.id()).isEqualTo(AsOf.Placement.OUT);
            }
        }
    }

    @Property(tries = 300)
    @Label("a later valid-time cut never loses a position, claim, agreement, document or statement")
    void laterValidTimeCutKeepsEverything(@ForAll("histories") List<Development> history,
                                          @ForAll("days") LocalDate first, @ForAll("days") LocalDate second) {
        NegotiationState before = NegotiationProjection.foldAsOf(Histories.NEGOTIATION, history,
                AsOf.occurredBy(min(first, second)));
        NegotiationState after = NegotiationProjection.foldAsOf(Histories.NEGOTIATION, history,
                AsOf.occurredBy(max(first, second)));
        assertThat(after.developmentCount()).isGreaterThanOrEqualTo(before.developmentCount());
        assertThat(ids(after.positions(), p -> p.id())).containsAll(ids(before.positions(), p -> p.id()));
        assertThat(ids(after.claims(), c -> c.id())).containsAll(ids(before.claims(), c -> c.id()));
        assertThat(ids(after.agreements(), a -> a.id())).containsAll(ids(before.agreements(), a -> a.id()));
        assertThat(ids(after.documents(), d -> d.id())).containsAll(ids(before.documents(), d -> d.id()));
        assertThat(after.statements()).containsAll(before.statements());
    }

    @Property(tries = 300)
    @Label("a later knowledge cut folds at least as many developments: a retraction takes one out and counts itself")
    void laterKnowledgeCutCountsNoFewer(@ForAll("histories") List<Development> history,
                                        @ForAll("days") LocalDate first, @ForAll("days") LocalDate second) {
        NegotiationState before = NegotiationProjection.foldAsOf(Histories.NEGOTIATION, history,
                AsOf.knownAt(min(first, second)));
        NegotiationState after = NegotiationProjection.foldAsOf(Histories.NEGOTIATION, history,
                AsOf.knownAt(max(first, second)));
        assertThat(after.developmentCount()).isGreaterThanOrEqualTo(before.developmentCount());
    }

    @Property(tries = 300)
    @Label("each development is folded, listed as uncertain, out of the cut, or retracted: never silently dropped")
    void everythingAccountedFor(@ForAll("histories") List<Development> history, @ForAll("days") LocalDate day,
                                @ForAll("days") LocalDate known, @ForAll boolean bothAxes) {
        AsOf cut = bothAxes ? AsOf.occurredBy(day).andKnownAt(known) : AsOf.occurredBy(day);
        NegotiationState state = NegotiationProjection.foldAsOf(Histories.NEGOTIATION, history, cut);
        Set<String> retracted = retracted(history, cut);
        Map<String, Development> effective = effective(history, cut);
        Map<AsOf.Placement, Set<String>> placed = new HashMap<>();
        for (Development d : history) {
            if (!retracted.contains(d.id())) {
                placed.computeIfAbsent(NegotiationProjection.placement(d, effective.getOrDefault(d.id(), d), cut),
                        p -> new HashSet<>()).add(d.id());
            }
        }
        assertThat(state.developmentCount()).isEqualTo(placed.getOrDefault(AsOf.Placement.IN, Set.of()).size());
        assertThat(state.uncertain()).containsExactlyInAnyOrderElementsOf(
                placed.getOrDefault(AsOf.Placement.UNCERTAIN, Set.of()));
        assertThat(state.developmentCount() + state.uncertain().size()
                + placed.getOrDefault(AsOf.Placement.OUT, Set.of()).size() + retracted.size())
                .isEqualTo(history.size());
    }

    /** The history as it stands at the cut's knowledge date: retracted developments out, corrected ones replaced. */
    static List<Development> corrected(List<Development> history, AsOf cut) {
        Set<String> retracted = retracted(history, cut);
        Map<String, Development> effective = effective(history, cut);
        return history.stream().filter(d -> !retracted.contains(d.id()))
                .map(d -> effective.getOrDefault(d.id(), d)).toList();
    }

    /** Ids retracted at the cut: a known retraction targets them, and it is not itself retracted. */
    static Set<String> retracted(List<Development> history, AsOf cut) {
        Map<String, Development> byId = byId(history);
        Set<String> result = new HashSet<>();
        for (Development d : history) {
            if (isRetracted(d.id(), history, byId, cut)) {
                result.add(d.id());
            }
        }
        return result;
    }

    private static boolean isRetracted(String id, List<Development> history, Map<String, Development> byId,
                                       AsOf cut) {
        return history.stream().anyMatch(d -> d instanceof ReportRetracted r && r.development().equals(id)
                && known(d, cut) && !isRetracted(d.id(), history, byId, cut));
    }

    /** For each corrected id, the replacement of its newest correction known at the cut and not retracted. */
    static Map<String, Development> effective(List<Development> history, AsOf cut) {
        Map<String, Development> byId = byId(history);
        Map<String, Development> result = new HashMap<>();
        for (Development d : history) {
            if (d instanceof ReportCorrected c && known(d, cut) && !isRetracted(d.id(), history, byId, cut)) {
                result.put(c.development(), c.replacement());
            }
        }
        return result;
    }

    private static boolean known(Development d, AsOf cut) {
        return cut.knownAt() == null || !d.reported().latest().isAfter(cut.knownAt());
    }

    static Map<String, Development> byId(List<Development> history) {
        return history.stream().collect(Collectors.toMap(Development::id, d -> d));
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).collect(Collectors.toSet());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? b : a;
    }
}
