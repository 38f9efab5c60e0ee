package dev.parley.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.timeline.Agent;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.DocumentDelivered;
import dev.parley.timeline.DocumentKind;
import dev.parley.timeline.DocumentPublished;
import dev.parley.timeline.RefKind;
import dev.parley.timeline.ReportCorrected;
import dev.parley.timeline.StatementMade;
import dev.parley.timeline.VersionReported;
import dev.parley.timeline.state.NegotiationState;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cut never leaks (issue 20, class 4): a development inside a cut may name one outside it (a competing version,
 * dispute or confirmation dated before what it is about; a correction known before the corrected development
 * happened), and the state at the cut must still mention no development outside the cut.
 */
@Label("A state at a cut mentions no development outside the cut")
class CutsNeverLeakTest {
    static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    final Sample talks = new Sample("talks");

    @Provide
    Arbitrary<List<Development>> histories() {
        return Histories.histories(40);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Histories.days();
    }

    @Property(tries = 400)
    @Label("for random histories and random cuts on both axes, folded, evaluated and through History alike")
    void noStateMentionsAnIdOutsideTheCut(@ForAll("histories") List<Development> history,
                                          @ForAll("days") LocalDate day, @ForAll("days") LocalDate known,
                                          @ForAll("axes") int axes) {
        AsOf cut = switch (axes) {
            case 0 -> AsOf.occurredBy(day);
            case 1 -> AsOf.knownAt(known);
            default -> AsOf.occurredBy(day).andKnownAt(known);
        };
        Set<String> outside = outside(history, cut);
        History kept = History.of(Histories.NEGOTIATION);
        history.forEach(kept::append);

        for (NegotiationState state : List.of(NegotiationProjection.replay(Histories.NEGOTIATION, history, cut, TODAY),
                kept.stateAsOf(cut))) {
            assertThat(texts(state).stream().filter(outside::contains).toList())
                    .as("ids outside the cut %s that its state mentions", cut).isEmpty();
        }
    }

    @Provide
    Arbitrary<Integer> axes() {
        return net.jqwik.api.Arbitraries.integers().between(0, 2);
    }

    @Example
    @Label("a competing version dated before the development it is about is no corroboration entry before it")
    void versionBeforeItsDevelopment() {
        StatementMade statement = talks.statement("late-statement", "Envoy", "we agreed", "2025-06-10");
        VersionReported earlier = VersionReported.of(talks.env("other-day", "2025-06-01"), "late-statement")
                .field("occurred").value("2025-06-09");
        List<Development> history = List.of(talks.opened(), statement, earlier);

        NegotiationState before = NegotiationProjection.foldAsOf("talks", history, at("2025-06-05"));
        NegotiationState after = NegotiationProjection.foldAsOf("talks", history, at("2025-06-10"));

        assertThat(before.corroborationOf("late-statement")).isEmpty();
        assertThat(before.developmentCount()).isEqualTo(2);
        assertThat(after.corroborationOf("late-statement")).hasValueSatisfying(c ->
                assertThat(c.versions()).singleElement().satisfies(v -> assertThat(v.value()).isEqualTo("2025-06-09")));
    }

    @Example
    @Label("a dispute, a correction and a publication dated before what they name leave no trace of it")
    void otherTraces() {
        DocumentDelivered memo = new DocumentDelivered(talks.env("memo", "2025-06-10"), DocumentKind.MEMORANDUM,
                "Memorandum", "Russia", "Ukraine", List.of());
        Development disputing = new StatementMade(talks.env("denial", "2025-06-01")
                .withRef(RefKind.DISPUTES, "memo"), Agent.named("Envoy", null, null), "no memo", null);
        DocumentPublished published = new DocumentPublished(talks.env("leak", "2025-06-02"), "memo",
                DocumentKind.MEMORANDUM, "Memorandum", "Ukraine", null);
        ReportCorrected corrected = new ReportCorrected(talks.env("fix", "2025-06-03"), "memo",
                new DocumentDelivered(talks.env("memo", "2025-06-10"), DocumentKind.MEMORANDUM, "Memorandum",
                        "Russia", "Ukraine", List.of("two points")), "the points were reported later");
        List<Development> history = List.of(talks.opened(), memo, disputing, published, corrected);

        NegotiationState before = NegotiationProjection.foldAsOf("talks", history, at("2025-06-05"));

        assertThat(before.developmentCount()).isEqualTo(4);
        assertThat(texts(before)).doesNotContain("memo");
        assertThat(texts(NegotiationProjection.foldAsOf("talks", history, at("2025-06-10")))).contains("memo");
    }

    static AsOf at(String day) {
        LocalDate cut = LocalDate.parse(day);
        return AsOf.occurredBy(cut).andKnownAt(cut);
    }

    /** The ids placed outside the cut (by their form in force at the cut), retracted or not. */
    static Set<String> outside(List<Development> history, AsOf cut) {
        Map<String, Development> effective = ReplayPropertiesTest.effective(history, cut);
        Set<String> ids = new HashSet<>();
        for (Development d : history) {
            if (NegotiationProjection.placement(d, effective.getOrDefault(d.id(), d), cut) == AsOf.Placement.OUT) {
                ids.add(d.id());
            }
        }
        return ids;
    }

    /** Every text value anywhere in the state's JSON: where an id would be mentioned. */
    static List<String> texts(NegotiationState state) {
        List<String> texts = new ArrayList<>();
        collect(ParleyJson.codec().toTree(state), texts);
        return texts;
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isTextual()) {
            texts.add(node.textValue());
        }
        node.forEach(child -> collect(child, texts));
    }
}
