package dev.parley.model;

import dev.parley.timeline.Development;
import dev.parley.timeline.DocumentDelivered;
import dev.parley.timeline.DocumentKind;
import dev.parley.timeline.ProposalMade;
import dev.parley.timeline.RefKind;
import dev.parley.timeline.RoundHeld;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.PositionStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fold of what real reporting contains (issue 10), class by class: process developments, links, actors,
 * implementation, evidence, and the FULFILS bug.
 */
@DisplayName("The fold of real reporting (issue 10)")
class IssueTenFoldTest {
    final Sample talks = new Sample("talks");

    NegotiationState given(Development... developments) {
        List<Development> all = new ArrayList<>();
        all.add(talks.opened());
        all.addAll(List.of(developments));
        NegotiationDecider decider = NegotiationDecider.initialState("talks");
        all.forEach(decider::record);
        return decider.state();
    }

    @Nested
    @DisplayName("§6 a FULFILS ref from a development that carries no count")
    class FulfilsWithoutCount {
        final ProposalMade meetAgain = new ProposalMade(talks.env("meet-again", "2025-06-02"), "Ukraine",
                List.of("Russia"), "meet again before the end of June", List.of(), null, null, null);

        @Test
        @DisplayName("a round held that fulfils 'meet again' makes the proposal FULFILLED")
        void roundHeld() {
            RoundHeld round = new RoundHeld(talks.env("r3", "2025-06-20").withRef(RefKind.FULFILS, "meet-again"), 3,
                    "Istanbul", null, List.of(), null);
            NegotiationState state = given(meetAgain, round);
            assertThat(state.position("meet-again").orElseThrow().status()).isEqualTo(PositionStatus.FULFILLED);
            assertThat(state.position("meet-again").orElseThrow().fulfilments()).singleElement()
                    .satisfies(f -> assertThat(f.complete()).isTrue());
        }

        @Test
        @DisplayName("a document delivered that fulfils 'exchange written visions' makes it FULFILLED")
        void documentDelivered() {
            ProposalMade visions = new ProposalMade(talks.env("visions", "2025-05-16"), "Russia", List.of("Ukraine"),
                    "exchange written visions of a ceasefire", List.of(), null, null, null);
            DocumentDelivered memorandum = new DocumentDelivered(talks.env("memo", "2025-06-02")
                    .withRef(RefKind.FULFILS, "visions"), DocumentKind.MEMORANDUM, "Memorandum", "Russia", "Ukraine",
                    List.of());
            assertThat(given(visions, memorandum).position("visions").orElseThrow().status())
                    .isEqualTo(PositionStatus.FULFILLED);
        }
    }
}
