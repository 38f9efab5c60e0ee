package dev.parley.model;

import dev.parley.timeline.Agent;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.Envelope;
import dev.parley.timeline.NegotiationOpened;
import dev.parley.timeline.PartialDate;
import dev.parley.timeline.StatementMade;
import dev.parley.timeline.state.NegotiationState;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@Label("Replay properties")
class ReplayPropertiesTest {
    static final LocalDate START = LocalDate.of(2025, 1, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    @Property(tries = 200)
    @Label("AsOf.now() equals the plain fold of the whole history, judged today")
    void nowIsCurrent(@ForAll("histories") List<Development> history) {
        NegotiationState replayed = NegotiationProjection.replay("p", history, AsOf.now(), TODAY);
        NegotiationState folded = NegotiationProjection.evaluate(NegotiationProjection.fold("p", history),
                AsOf.now(), TODAY);
        assertThat(replayed).isEqualTo(folded);
        assertThat(replayed.uncertain()).isEmpty();
    }

    @Property(tries = 300)
    @Label("a later cut never loses a development an earlier cut had, on either axis")
    void laterCutKeepsEverything(@ForAll("histories") List<Development> history,
                                 @ForAll("days") LocalDate first, @ForAll("days") LocalDate second,
                                 @ForAll boolean knowledgeAxis) {
        LocalDate early = first.isBefore(second) ? first : second;
        LocalDate late = first.isBefore(second) ? second : first;
        AsOf earlier = knowledgeAxis ? AsOf.knownAt(early) : AsOf.occurredBy(early);
        AsOf later = knowledgeAxis ? AsOf.knownAt(late) : AsOf.occurredBy(late);
        for (Development d : history) {
            if (earlier.place(d) == AsOf.Placement.IN) {
                assertThat(later.place(d)).as(d.id()).isEqualTo(AsOf.Placement.IN);
            }
        }
        NegotiationState before = NegotiationProjection.foldAsOf("p", history, earlier);
        NegotiationState after = NegotiationProjection.foldAsOf("p", history, later);
        assertThat(after.developmentCount()).isGreaterThanOrEqualTo(before.developmentCount());
        assertThat(after.statements()).containsAll(before.statements());
    }

    @Property(tries = 200)
    @Label("a development is either in the cut, out of it, or listed as uncertain: never silently dropped")
    void everythingAccountedFor(@ForAll("histories") List<Development> history, @ForAll("days") LocalDate cut) {
        NegotiationState state = NegotiationProjection.foldAsOf("p", history, AsOf.occurredBy(cut));
        long in = history.stream().filter(d -> AsOf.place(d.occurred(), cut) == AsOf.Placement.IN).count();
        long uncertain = history.stream().filter(d -> AsOf.place(d.occurred(), cut) == AsOf.Placement.UNCERTAIN)
                .count();
        assertThat(state.developmentCount()).isEqualTo(in);
        assertThat(state.uncertain()).hasSize((int) uncertain);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 500).map(START::plusDays);
    }

    @Provide
    Arbitrary<List<Development>> histories() {
        Arbitrary<PartialDate> dates = Combinators.combine(days(), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 40)).as((day, form, width) -> switch (form) {
                    case 0 -> PartialDate.parse(String.valueOf(day.getYear()));
                    case 1 -> PartialDate.parse(day.toString().substring(0, 7));
                    case 2 -> PartialDate.of(day);
                    default -> PartialDate.parse(String.valueOf(day.getYear()))
                            .within(day.minusDays(Math.min(width, day.getDayOfYear() - 1)), null);
                });
        Arbitrary<int[]> lags = Arbitraries.integers().between(0, 60).map(lag -> new int[]{lag});
        return Combinators.combine(dates, lags).as((occurred, lag) -> new Object[]{occurred, lag[0]})
                .list().ofMinSize(0).ofMaxSize(25)
                .map(items -> {
                    List<Development> history = new ArrayList<>();
                    history.add(new NegotiationOpened(Envelope.of("opened", "p", "2024-12-01"), "P", null));
                    for (int i = 0; i < items.size(); i++) {
                        PartialDate occurred = (PartialDate) items.get(i)[0];
                        int lag = (int) items.get(i)[1];
                        PartialDate reported = PartialDate.of(occurred.latest().plusDays(lag));
                        history.add(new StatementMade(new Envelope("s" + i, "p", occurred, reported, List.of(),
                                List.of()), Agent.outlet("Speaker"), "words " + i, null));
                    }
                    return history;
                });
    }
}
