package dev.parley.engine;

import dev.parley.model.Sample;
import dev.parley.model.Samples;
import dev.parley.timeline.Development;
import dev.parley.timeline.OfferMade;
import dev.parley.timeline.PositionWithdrawn;
import dev.parley.timeline.ProposalAccepted;
import dev.parley.timeline.RecordResult;
import dev.parley.timeline.RoundHeld;
import dev.parley.timeline.RuleViolationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The aggregate is Axon's home for the one decider: what it decides, the aggregate applies. Every rule is
 * specified once, on the decider ({@code NegotiationRulesTest} in the model); here, with Axon's given/when/then
 * fixture, that the aggregate routes through it.
 */
@DisplayName("The negotiation aggregate")
class NegotiationAggregateTest {
    final Sample talks = new Sample("talks");
    final RoundHeld round = talks.round("r1", 1, "Istanbul", "2025-05-16");
    FixtureConfiguration<NegotiationAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(NegotiationAggregate.class);
    }

    @Test
    @DisplayName("opening a negotiation creates it")
    void opens() {
        fixture.givenNoPriorActivity()
                .when(RecordDevelopment.of(talks.opened()))
                .expectEvents(talks.opened())
                .expectResultMessagePayload(RecordResult.RECORDED)
                .expectState(aggregate -> assertThat(aggregate.decider().state().isOpened()).isTrue());
    }

    @Test
    @DisplayName("a new development is applied as an event, reported RECORDED and folded into the decider's state")
    void records() {
        fixture.given(talks.opened())
                .when(RecordDevelopment.of(round))
                .expectSuccessfulHandlerExecution()
                .expectEvents(round)
                .expectResultMessagePayload(RecordResult.RECORDED)
                .expectState(aggregate -> {
                    assertThat(aggregate.decider().state().round(1)).isPresent();
                    assertThat(aggregate.decider().state().developmentCount()).isEqualTo(2);
                });
    }

    @Test
    @DisplayName("given events evolve the decider: the same development again is ALREADY_RECORDED and applies nothing")
    void idempotent() {
        fixture.given(talks.opened(), round)
                .when(RecordDevelopment.of(round))
                .expectNoEvents()
                .expectResultMessagePayload(RecordResult.ALREADY_RECORDED);
    }

    @Nested
    @DisplayName("refuses what the decider refuses, applying nothing")
    class Refuses {
        @Test
        @DisplayName("a different development under a recorded id")
        void conflictingDuplicate() {
            fixture.given(talks.opened(), round)
                    .when(RecordDevelopment.of(talks.round("r1", 1, "Geneva", "2025-05-16")))
                    .expectNoEvents()
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage("CONFLICTING_DUPLICATE: development 'r1': a different development with "
                            + "this id is already recorded in negotiation 'talks'");
        }

        @Test
        @DisplayName("anything before the opening, even on a new aggregate")
        void notOpened() {
            fixture.givenNoPriorActivity()
                    .when(RecordDevelopment.of(round))
                    .expectNoEvents()
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage(Matchers.startsWith(
                            "NEGOTIATION_NOT_OPENED: development 'r1': negotiation 'talks' has not been opened"));
        }

        @Test
        @DisplayName("a rule over the folded state: accepting a withdrawn offer")
        void positionNotOpen() {
            OfferMade offer = talks.offer("offer", "Russia", "Ukraine", "x", 1, "2025-06-02", null);
            fixture.given(talks.opened(), offer,
                            new PositionWithdrawn(talks.env("drop", "2025-06-03"), "offer", "Russia", null))
                    .when(RecordDevelopment.of(new ProposalAccepted(talks.env("yes", "2025-06-04"), "offer",
                            "Ukraine", null)))
                    .expectNoEvents()
                    .expectExceptionMessage("POSITION_NOT_OPEN: development 'yes': position 'offer' was WITHDRAWN "
                            + "by Russia and takes no acceptance");
        }
    }

    @Test
    @DisplayName("a snapshot keeps the identifier and the decider, and the restored aggregate still knows every id")
    void snapshot() {
        NegotiationAggregate aggregate = new NegotiationAggregate();
        for (Development d : Samples.all().values()) {
            aggregate.on(d);
        }
        ParleySerializer serializer = new ParleySerializer();
        SerializedObject<byte[]> stored = serializer.serialize(aggregate, byte[].class);
        assertThat(stored.getType().getName()).isEqualTo("negotiation-snapshot");
        assertThat(new String(stored.getData(), StandardCharsets.UTF_8))
                .startsWith("{\"negotiationId\":\"" + Samples.NEGOTIATION + "\",\"decider\":{\"state\":{");

        NegotiationAggregate restored = serializer.deserialize(new SimpleSerializedObject<>(stored.getData(),
                byte[].class, stored.getType()));
        assertThat(restored.decider().state()).isEqualTo(aggregate.decider().state());
        for (Development d : Samples.all().values()) {
            assertThat(restored.decider().decide(d)).as(d.id()).isEqualTo(RecordResult.ALREADY_RECORDED);
        }
    }
}
