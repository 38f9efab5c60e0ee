package dev.parley.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.OfferMade;
import dev.parley.timeline.ProposalAccepted;
import dev.parley.timeline.ReportCorrected;
import dev.parley.timeline.ReportRetracted;
import dev.parley.timeline.state.PositionStatus;
import dev.parley.timeline.RecordResult;
import dev.parley.timeline.RoundHeld;
import dev.parley.timeline.Rule;
import dev.parley.timeline.RuleViolationException;
import dev.parley.timeline.state.NegotiationState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("The decider")
class NegotiationDeciderTest {
    final Sample talks = new Sample("talks");
    final RoundHeld round = talks.round("r1", 1, "Istanbul", "2025-05-16");

    @Test
    @DisplayName("starts from a negotiation that is not opened and knows no id")
    void initial() {
        NegotiationDecider decider = NegotiationDecider.initialState("talks");
        assertThat(decider.state()).isEqualTo(NegotiationState.initial("talks"));
        assertThat(decider.decide(talks.opened())).isEqualTo(RecordResult.RECORDED);
    }

    @Test
    @DisplayName("decide changes nothing; evolve applies and remembers the id")
    void decideThenEvolve() {
        NegotiationDecider decider = NegotiationDecider.initialState("talks");
        decider.decide(talks.opened());
        assertThat(decider.state().isOpened()).isFalse();
        decider.evolve(talks.opened());
        assertThat(decider.state().isOpened()).isTrue();
        assertThat(decider.decide(talks.opened())).isEqualTo(RecordResult.ALREADY_RECORDED);
    }

    @Test
    @DisplayName("record is decide then evolve: new, then identical again, then a conflict")
    void record() {
        NegotiationDecider decider = NegotiationDecider.initialState("talks");
        decider.record(talks.opened());
        assertThat(decider.record(round)).isEqualTo(RecordResult.RECORDED);
        assertThat(decider.record(round)).isEqualTo(RecordResult.ALREADY_RECORDED);
        assertThat(decider.state().developmentCount()).isEqualTo(2);
        assertThatThrownBy(() -> decider.record(talks.round("r1", 1, "Geneva", "2025-05-16")))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo(Rule.CONFLICTING_DUPLICATE))
                .hasMessage("CONFLICTING_DUPLICATE: development 'r1': a different development with this id is "
                        + "already recorded in negotiation 'talks'");
        assertThat(decider.state().developmentCount()).isEqualTo(2);
    }

    @Test
    @DisplayName("refuses a development of another negotiation")
    void otherNegotiation() {
        NegotiationDecider decider = NegotiationDecider.initialState("talks");
        assertThatThrownBy(() -> decider.decide(new Sample("other").opened()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("development 'opened' belongs to negotiation 'other', not 'talks'");
    }

    @Nested
    @DisplayName("differs from the read side in one way: it judges the history as recorded")
    class AsRecorded {
        final OfferMade offer = talks.offer("offer", "Russia", "Ukraine", "return 10 children", 10, "2025-06-02",
                null);
        final List<Development> history = new ArrayList<>();
        final NegotiationDecider decider = NegotiationDecider.initialState("talks");

        void record(Development... developments) {
            for (Development d : developments) {
                assertThat(decider.record(d)).as(d.id()).isEqualTo(RecordResult.RECORDED);
                history.add(d);
            }
        }

        NegotiationState readSide() {
            return NegotiationProjection.replay("talks", history, AsOf.now(), LocalDate.of(2025, 6, 10));
        }

        @Test
        @DisplayName("a corrected offer: the decider keeps the original, the read side shows the correction")
        void corrected() {
            record(talks.opened(), offer, new ReportCorrected(talks.env("fix", "2025-06-03"), "offer",
                    talks.offer("offer", "Russia", "Ukraine", "return 6 children", 6, "2025-06-02", null), "six"));
            assertThat(decider.state().position("offer").orElseThrow().terms()).isEqualTo("return 10 children");
            assertThat(readSide().position("offer").orElseThrow().terms()).isEqualTo("return 6 children");
        }

        @Test
        @DisplayName("a retracted offer can still be accepted; the read side shows neither")
        void retracted() {
            record(talks.opened(), offer, new ReportRetracted(talks.env("retraction", "2025-06-03"), "offer", null),
                    new ProposalAccepted(talks.env("yes", "2025-06-04"), "offer", "Ukraine", null));
            assertThat(decider.state().position("offer").orElseThrow().status()).isEqualTo(PositionStatus.ACCEPTED);
            assertThat(readSide().position("offer")).isEmpty();
            assertThat(readSide().corrections()).singleElement()
                    .satisfies(c -> assertThat(c.target()).isEqualTo("offer"));
        }

        @Test
        @DisplayName("without corrections the two agree")
        void agree() {
            record(talks.opened(), offer, new ProposalAccepted(talks.env("yes", "2025-06-04"), "offer", "Ukraine",
                    null));
            assertThat(NegotiationProjection.foldAsOf("talks", history, AsOf.now())).isEqualTo(decider.state());
        }
    }

    @Nested
    @DisplayName("as a snapshot (Jackson)")
    class Snapshot {
        @Test
        @DisplayName("keeps the state and every id's fingerprint, and nothing of its own type names")
        void roundTrip() throws Exception {
            NegotiationDecider decider = NegotiationDecider.initialState("talks");
            decider.record(talks.opened());
            decider.record(round);
            ObjectMapper mapper = ParleyJson.newMapper();
            String json = mapper.writeValueAsString(decider);
            assertThat(mapper.readTree(json).fieldNames()).toIterable().containsExactlyInAnyOrder("state", "recorded");
            assertThat(mapper.readTree(json).get("recorded").get("r1").get("type").asText()).isEqualTo("round-held");

            NegotiationDecider back = mapper.readValue(json, NegotiationDecider.class);
            assertThat(back.state()).isEqualTo(decider.state());
            assertThat(back.decide(round)).isEqualTo(RecordResult.ALREADY_RECORDED);
            assertThatThrownBy(() -> back.decide(talks.round("r1", 1, "Geneva", "2025-05-16")))
                    .isInstanceOfSatisfying(RuleViolationException.class,
                            e -> assertThat(e.rule()).isEqualTo(Rule.CONFLICTING_DUPLICATE));
        }
    }
}
