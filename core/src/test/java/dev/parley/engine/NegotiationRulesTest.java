package dev.parley.engine;

import dev.parley.model.Sample;

import dev.parley.timeline.Deadline;
import dev.parley.timeline.Development;
import dev.parley.timeline.ImplementationStepCompleted;
import dev.parley.timeline.OfferMade;
import dev.parley.timeline.PositionWithdrawn;
import dev.parley.timeline.ProposalAccepted;
import dev.parley.timeline.Quantity;
import dev.parley.timeline.RecordResult;
import dev.parley.timeline.RefKind;
import dev.parley.timeline.Rule;
import dev.parley.timeline.RuleViolationException;
import dev.parley.timeline.RoundHeld;
import dev.parley.timeline.Share;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules, run through the real aggregate with Axon's given/when/then fixture. */
@DisplayName("The rules")
class NegotiationRulesTest {
    final Sample talks = new Sample("talks");
    FixtureConfiguration<NegotiationAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(NegotiationAggregate.class);
    }

    private RecordDevelopment record(Development development) {
        return RecordDevelopment.of(development);
    }

    private void expectViolation(List<Development> given, Development when, Rule rule, String detail) {
        fixture.given(given.toArray())
                .when(record(when))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.startsWith(rule + ": development '" + when.id() + "'"),
                        org.hamcrest.Matchers.containsString(detail)));
        assertThat(rule).isNotNull();
    }

    @Test
    @DisplayName("a new development is applied as an event and reported RECORDED")
    void records() {
        RoundHeld round = talks.round("r1", 1, "Istanbul", "2025-05-16");
        fixture.given(talks.opened())
                .when(record(round))
                .expectSuccessfulHandlerExecution()
                .expectEvents(round)
                .expectResultMessagePayload(RecordResult.RECORDED)
                .expectState(aggregate -> assertThat(aggregate).isNotNull());
    }

    @Test
    @DisplayName("opening a negotiation creates it")
    void opens() {
        fixture.givenNoPriorActivity()
                .when(record(talks.opened()))
                .expectEvents(talks.opened())
                .expectResultMessagePayload(RecordResult.RECORDED);
    }

    @Test
    @DisplayName("the same development again is ALREADY_RECORDED and applies nothing")
    void idempotent() {
        RoundHeld round = talks.round("r1", 1, "Istanbul", "2025-05-16");
        fixture.given(talks.opened(), round)
                .when(record(round))
                .expectNoEvents()
                .expectResultMessagePayload(RecordResult.ALREADY_RECORDED);
    }

    @Nested
    @DisplayName("reject")
    class Rejections {
        @Test
        @DisplayName("a different development under a recorded id")
        void conflictingDuplicate() {
            expectViolation(List.of(talks.opened(), talks.round("r1", 1, "Istanbul", "2025-05-16")),
                    talks.round("r1", 1, "Geneva", "2025-05-16"), Rule.CONFLICTING_DUPLICATE,
                    "a different development with this id");
        }

        @Test
        @DisplayName("any development before the negotiation is opened")
        void notOpened() {
            fixture.givenNoPriorActivity()
                    .when(record(talks.round("r1", 1, "Istanbul", "2025-05-16")))
                    .expectNoEvents()
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString(
                            "NEGOTIATION_NOT_OPENED: development 'r1': negotiation 'talks' has not been opened"));
        }

        @Test
        @DisplayName("opening twice")
        void openedTwice() {
            expectViolation(List.of(talks.opened()),
                    new dev.parley.timeline.NegotiationOpened(talks.env("opened-again", "2025-06-01"), "Again", null),
                    Rule.NEGOTIATION_ALREADY_OPENED, "was already opened");
        }

        @Test
        @DisplayName("accepting a position that does not exist")
        void unknownPosition() {
            expectViolation(List.of(talks.opened()),
                    new ProposalAccepted(talks.env("yes", "2025-06-03"), "no-such-offer", "Ukraine", null),
                    Rule.UNKNOWN_POSITION, "position 'no-such-offer' is not recorded");
        }

        @Test
        @DisplayName("responding to a withdrawn position")
        void withdrawnPosition() {
            OfferMade offer = talks.offer("offer", "Russia", "Ukraine", "x", 1, "2025-06-02", null);
            expectViolation(List.of(talks.opened(), offer,
                            new PositionWithdrawn(talks.env("drop", "2025-06-03"), "offer", "Russia", null)),
                    new ProposalAccepted(talks.env("yes", "2025-06-04"), "offer", "Ukraine", null),
                    Rule.POSITION_NOT_OPEN, "was withdrawn by Russia");
        }

        @Test
        @DisplayName("withdrawing someone else's position")
        void notHolder() {
            OfferMade offer = talks.offer("offer", "Russia", "Ukraine", "x", 1, "2025-06-02", null);
            expectViolation(List.of(talks.opened(), offer),
                    new PositionWithdrawn(talks.env("drop", "2025-06-03"), "offer", "Ukraine", null),
                    Rule.NOT_POSITION_HOLDER, "Ukraine cannot withdraw position 'offer' taken by Russia");
        }

        @Test
        @DisplayName("a deadline before the offer was made")
        void deadlineBeforeOffer() {
            OfferMade early = new OfferMade(talks.env("offer", "2025-06-02"), "Russia", List.of("Ukraine"),
                    "return children", List.of(), Quantity.exactly(10), null, Deadline.by("2025-05-10"));
            expectViolation(List.of(talks.opened()), early, Rule.DEADLINE_BEFORE_POSITION,
                    "deadline 2025-05-10 is before the position was taken (2025-06-02)");
        }

        @Test
        @DisplayName("a deadline that may overlap the offer's date is allowed")
        void overlappingDeadline() {
            OfferMade vague = new OfferMade(talks.env("offer", "2025-06"), "Russia", List.of("Ukraine"),
                    "return children", List.of(), null, null, Deadline.by("2025-06-10"));
            fixture.given(talks.opened()).when(record(vague)).expectEvents(vague);
        }

        @Test
        @DisplayName("an implementation step for an unknown agreement")
        void unknownAgreement() {
            expectViolation(List.of(talks.opened()),
                    talks.step("s1", "no-deal", "pows", "2025-06-09", new Share("Russia", Quantity.exactly(1))),
                    Rule.UNKNOWN_AGREEMENT, "agreement 'no-deal' is not recorded");
        }

        @Test
        @DisplayName("an implementation step for an unknown provision")
        void unknownProvision() {
            ImplementationStepCompleted step = talks.step("s1", "deal", "bodies", "2025-06-09",
                    new Share("Russia", Quantity.exactly(1)));
            expectViolation(List.of(talks.opened(), talks.agreement("deal", "pows", "2025-06-02")), step,
                    Rule.UNKNOWN_PROVISION, "agreement 'deal' has no provision 'bodies'");
        }

        @Test
        @DisplayName("denying a claim that was never made")
        void unknownClaim() {
            expectViolation(List.of(talks.opened()), talks.denied("denial", "no-claim", "Medinsky", "2025-06-02"),
                    Rule.UNKNOWN_CLAIM, "claim 'no-claim' is not recorded");
        }

        @Test
        @DisplayName("a reference to an unknown development")
        void unknownReference() {
            RoundHeld round = new RoundHeld(talks.env("r2", "2025-06-02").withRef(RefKind.RELATES_TO, "r1"), 2,
                    "Istanbul", null, List.of(), null);
            expectViolation(List.of(talks.opened()), round, Rule.UNKNOWN_REFERENCE,
                    "RELATES_TO refers to 'r1', which is not recorded in negotiation 'talks'");
        }
    }
}
