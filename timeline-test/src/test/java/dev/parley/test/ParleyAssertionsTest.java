package dev.parley.test;

import dev.parley.model.NegotiationProjection;
import dev.parley.model.TimelineFiles;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.DocumentKind;
import dev.parley.timeline.PartyRole;
import dev.parley.timeline.RefKind;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.PositionKind;
import dev.parley.timeline.state.PositionStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.parley.test.ParleyAssertions.assertThat;
import static dev.parley.test.ParleyAssertions.assertThatDevelopments;
import static dev.parley.test.ParleyFixtureTest.failure;

/** Every assertion, the way AssertJ tests itself: a passing case and the exact message of a failing one. */
@DisplayName("ParleyAssertions")
class ParleyAssertionsTest {
    static final List<dev.parley.timeline.Development> SEED = TimelineFiles.read(Talks.SEED).developments();
    static final NegotiationState STATE = NegotiationProjection.replay(Talks.SEED_ID, SEED,
            AsOf.occurredBy(LocalDate.of(2025, 6, 3)), LocalDate.of(2025, 6, 3));

    static void message(org.assertj.core.api.ThrowableAssert.ThrowingCallable check, String expected) {
        org.assertj.core.api.Assertions.assertThat(failure(check)).isEqualTo(String.format(expected));
    }

    @Nested
    @DisplayName("on a negotiation state")
    class OnState {
        @Test
        @DisplayName("hasTitle")
        void title() {
            assertThat(STATE).hasTitle("Russia-Ukraine direct talks in Istanbul").isOpened();
            message(() -> assertThat(STATE).hasTitle("Other"), "%nExpecting negotiation <ru-ua-direct-talks-2025>%n"
                    + "to have title:%n  <Other>%nbut it has:%n  <Russia-Ukraine direct talks in Istanbul>");
        }

        @Test
        @DisplayName("hasParticipant")
        void participant() {
            assertThat(STATE).hasParticipant("Turkey", PartyRole.HOST);
            message(() -> assertThat(STATE).hasParticipant("Turkey", PartyRole.MEDIATOR),
                    "%nExpecting negotiation <ru-ua-direct-talks-2025>%nto have MEDIATOR:%n  <Turkey>%n"
                            + "but its participants are:%n  <[Russia (PARTY), Ukraine (PARTY), Turkey (HOST)]>");
        }

        @Test
        @DisplayName("hasRound ... heldAt / heldOn / withOutcomeContaining")
        void round() {
            assertThat(STATE).hasRound(2).heldAt("Istanbul").heldOn("2025-06-02")
                    .withOutcomeContaining("without a clear breakthrough");
            message(() -> assertThat(STATE).hasRound(3), "%nExpecting negotiation <ru-ua-direct-talks-2025>%n"
                    + "to have round:%n  <3>%nbut it has rounds:%n  <[2]>");
            message(() -> assertThat(STATE).hasRound(2).heldAt("Geneva"),
                    "%nExpecting round <2>%nto be held at:%n  <Geneva>%nbut it was held at:%n  <Istanbul>");
            message(() -> assertThat(STATE).hasRound(2).heldOn("2025-06-03"),
                    "%nExpecting round <2>%nto be on:%n  <2025-06-03>%nbut it is on:%n  <2025-06-02>");
            message(() -> assertThat(STATE).hasRound(2).withOutcomeContaining("peace"),
                    "%nExpecting the outcome of round <2>%nto contain:%n  <peace>%nbut it is:%n  <Ended without a "
                            + "clear breakthrough, except for an agreement on another exchange of prisoners of war>");
        }

        @Test
        @DisplayName("hasDocument ... from / to / containing")
        void document() {
            assertThat(STATE).hasDocument(DocumentKind.MEMORANDUM).from("Russia").to("Ukraine").containing("Donetsk");
            message(() -> assertThat(STATE).hasDocument(DocumentKind.LIST),
                    "%nExpecting negotiation <ru-ua-direct-talks-2025>%nto have a document of kind:%n  <LIST>%n"
                            + "but it has:%n  <[MEMORANDUM]>");
            message(() -> assertThat(STATE).hasDocument(DocumentKind.MEMORANDUM).from("Ukraine"),
                    "%nExpecting a MEMORANDUM document from Ukraine%nbut the MEMORANDUM documents are:%n"
                            + "  <[ru-memorandum: Russia -> Ukraine [Russia's \"usual\" conditions for a ceasefire and a "
                            + "peace agreement, Complete withdrawal of Ukrainian troops from Zaporizhzhia, Donetsk, "
                            + "Luhansk and Kherson regions]]>");
        }

        @Test
        @DisplayName("hasOpenDemand ... by / to / containing")
        void openDemand() {
            assertThat(STATE).hasOpenDemand().by("Russia").to("Ukraine").containing("Donetsk");
            assertThat(STATE).hasRejectedDemand().by("United States");
            message(() -> assertThat(STATE).hasOpenDemand().by("Ukraine"),
                    "%nExpecting an open demand by Ukraine%nbut the open demands are:%n  <[ru-demand-withdrawal by "
                            + "Russia: Complete withdrawal of Ukrainian troops from the regions Russia claims, of which "
                            + "it has seized only parts [Zaporizhzhia, Donetsk, Luhansk, Kherson]]>");
            message(() -> assertThat(STATE).hasOpenDemand().by("Russia").containing("Crimea"),
                    "%nExpecting an open demand by Russia containing \"Crimea\"%nbut the open demand by Russias are:%n"
                            + "  <[ru-demand-withdrawal by Russia: Complete withdrawal of Ukrainian troops from the "
                            + "regions Russia claims, of which it has seized only parts [Zaporizhzhia, Donetsk, "
                            + "Luhansk, Kherson]]>");
            message(() -> assertThat(STATE).hasPositions(PositionKind.PROPOSAL, PositionStatus.OPEN),
                    "%nExpecting negotiation <ru-ua-direct-talks-2025>%nto have an open proposal%nbut its positions "
                            + "are:%n  <[ru-demand-withdrawal DEMAND OPEN, ru-offer-children OFFER OPEN, "
                            + "us-demand-ceasefire DEMAND REJECTED]>");
        }

        @Test
        @DisplayName("hasOffer ... by / withQuantity / withDeadline / withStatus / withDelivered / rejectedBy")
        void offer() {
            assertThat(STATE).hasOffer("ru-offer-children").by("Russia").withQuantity(10).withDeadline("2025-07-10")
                    .withStatus(PositionStatus.OPEN).withDelivered(0);
            assertThat(STATE).hasDemand("us-demand-ceasefire").rejectedBy("Russia");
            message(() -> assertThat(STATE).hasOffer("us-demand-ceasefire"),
                    "%nExpecting position <us-demand-ceasefire>%nto be a:%n  <OFFER>%nbut it is a:%n  <DEMAND>");
            message(() -> assertThat(STATE).hasOffer("nope"), "%nExpecting negotiation <ru-ua-direct-talks-2025>%n"
                    + "to have offer:%n  <nope>%nbut it has positions:%n  <[ru-demand-withdrawal, ru-offer-children, "
                    + "us-demand-ceasefire]>");
            message(() -> assertThat(STATE).hasOffer("ru-offer-children").withStatus(PositionStatus.OVERDUE),
                    "%nExpecting offer <ru-offer-children>%nto be:%n  <OVERDUE>%nbut it is:%n  <OPEN>");
            message(() -> assertThat(STATE).hasOffer("ru-offer-children").withDeadline("2025-07-01"),
                    "%nExpecting offer <ru-offer-children>%nto have deadline:%n  <2025-07-01>%nbut it has:%n"
                            + "  <2025-07-10>");
            message(() -> assertThat(STATE).hasOffer("ru-offer-children").withQuantity(1000),
                    "%nExpecting offer <ru-offer-children>%nto be about:%n  <1000>%nbut it is about:%n  <10>");
            message(() -> assertThat(STATE).hasOffer("ru-offer-children").by("Ukraine"),
                    "%nExpecting offer <ru-offer-children>%nto be by:%n  <Ukraine>%nbut it is by:%n  <Russia>");
            message(() -> assertThat(STATE).hasOffer("ru-offer-children").withDelivered(10),
                    "%nExpecting offer <ru-offer-children>%nto have delivered:%n  <10>%nbut it delivered:%n  <0>");
            message(() -> assertThat(STATE).hasDemand("us-demand-ceasefire").rejectedBy("Ukraine"),
                    "%nExpecting demand <us-demand-ceasefire>%nto be rejected by:%n  <Ukraine>%nbut its responses are:"
                            + "%n  <[REJECTED by Russia]>");
        }

        @Test
        @DisplayName("hasAgreement ... between / withProvision / withFormula / withCriteria / hasDelivered")
        void agreement() {
            assertThat(STATE).hasAgreement("pow-exchange-agreed").between("Ukraine", "Russia")
                    .withProvision("pow-exchange").withFormula("all for all").withCriteria("under the age of 25")
                    .hasUndisclosedSteps("Russia", 0);
            message(() -> assertThat(STATE).hasAgreement("nope"), "%nExpecting negotiation <ru-ua-direct-talks-2025>%n"
                    + "to have agreement:%n  <nope>%nbut it has agreements:%n  <[pow-exchange-agreed]>");
            message(() -> assertThat(STATE).hasAgreement("pow-exchange-agreed").between("Russia"),
                    "%nExpecting agreement <pow-exchange-agreed>%nto be between:%n  <[Russia]>%nbut it is between:%n"
                            + "  <[Russia, Ukraine]>");
            message(() -> assertThat(STATE).hasAgreement("pow-exchange-agreed").withProvision("bodies"),
                    "%nExpecting agreement <pow-exchange-agreed>%nto have provision:%n  <bodies>%nbut it has:%n"
                            + "  <[pow-exchange]>");
            message(() -> assertThat(STATE).hasAgreement("pow-exchange-agreed").withProvision("pow-exchange")
                    .withFormula("1000 for 1000"), "%nExpecting provision <pow-exchange-agreed/pow-exchange>%n"
                    + "to have formula:%n  <1000 for 1000>%nbut it has:%n  <all for all>");
            message(() -> assertThat(STATE).hasAgreement("pow-exchange-agreed").withProvision("pow-exchange")
                    .withCriteria("over 60"), "%nExpecting provision <pow-exchange-agreed/pow-exchange>%n"
                    + "to have criteria:%n  <[over 60]>%nbut it has:%n  <[under the age of 25, in serious physical "
                    + "condition]>");
            message(() -> assertThat(STATE).hasAgreement("pow-exchange-agreed").withProvision("pow-exchange")
                    .hasDelivered("Russia", 390), "%nExpecting provision <pow-exchange-agreed/pow-exchange>%n"
                    + "to have delivered by Russia:%n  <390>%nbut the ledger has:%n  <[]>");
            message(() -> assertThat(STATE).hasAgreement("pow-exchange-agreed").withProvision("pow-exchange")
                    .hasUndisclosedSteps("Russia", 1), "%nExpecting provision <pow-exchange-agreed/pow-exchange>%n"
                    + "to have undisclosed steps by Russia:%n  <1>%nbut it has:%n  <0>");
        }

        @Test
        @DisplayName("hasDisputedClaim ... claimedBy / deniedBy / confirmedBy")
        void claim() {
            assertThat(STATE).hasDisputedClaim("ua-claim-abductions").claimedBy("Ukraine")
                    .deniedBy("Vladimir Medinsky");
            message(() -> assertThat(STATE).hasClaim("nope"), "%nExpecting negotiation <ru-ua-direct-talks-2025>%n"
                    + "to have claim:%n  <nope>%nbut it has claims:%n  <[ua-claim-abductions]>");
            message(() -> assertThat(STATE).hasClaim("ua-claim-abductions").claimedBy("Russia"),
                    "%nExpecting claim <ua-claim-abductions>%nto be made by:%n  <Russia>%nbut it was made by:%n"
                            + "  <Ukraine>");
            message(() -> assertThat(STATE).hasClaim("ua-claim-abductions").deniedBy("Dmitry Peskov"),
                    "%nExpecting claim <ua-claim-abductions>%nto be denied by:%n  <Dmitry Peskov>%n"
                            + "but it was denied by:%n  <[Vladimir Medinsky]>");
            message(() -> assertThat(STATE).hasClaim("ua-claim-abductions").confirmedBy("UN"),
                    "%nExpecting claim <ua-claim-abductions>%nto be confirmed by:%n  <UN>%nbut it was confirmed by:%n"
                            + "  <[]>");
            NegotiationState undisputed = NegotiationProjection.fold(Talks.ID, List.of(Talks.OPENED, Talks.CLAIM));
            message(() -> assertThat(undisputed).hasDisputedClaim("claim"),
                    "%nExpecting claim <claim> of negotiation <talks>%nto be disputed%nbut nobody denied it");
        }

        @Test
        @DisplayName("hasStatementBy, hasSource, hasCompetingFigures")
        void statementsSourcesFigures() {
            assertThat(STATE).hasStatementBy("Rustem Umerov").hasSource("ru-offer-children", "Axios")
                    .hasSource("ru-offer-children", "UNN");
            message(() -> assertThat(STATE).hasStatementBy("Donald Trump"),
                    "%nExpecting negotiation <ru-ua-direct-talks-2025>%nto have a statement by:%n  <Donald Trump>%n"
                            + "but the speakers are:%n  <[Vladimir Medinsky, Rustem Umerov]>");
            message(() -> assertThat(STATE).hasSource("ru-offer-children", "Reuters"),
                    "%nExpecting development <ru-offer-children>%nto have source:%n  <Reuters>%nbut its sources are:%n"
                            + "  <[UNN <- Axios <- 2 unnamed Ukrainian officials]>");
            message(() -> assertThat(STATE).hasCompetingFigures("children"),
                    "%nExpecting negotiation <ru-ua-direct-talks-2025>%nto have competing figures for:%n  <children>%n"
                            + "but it has:%n  <no figures for that subject>");
        }
    }

    @Nested
    @DisplayName("on developments")
    class OnDevelopments {
        @Test
        @DisplayName("isOfType, hasSource, hasAnonymousSource, occurredOn, refersTo")
        void development() {
            assertThat(Talks.OFFER).isOfType("offer-made").hasSource("Axios").hasAnonymousSource()
                    .occurredOn("2025-06-02");
            assertThat(SEED.get(6)).refersTo(RefKind.CONTAINED_IN, "ru-memorandum");
            message(() -> assertThat(Talks.OFFER).isOfType("demand-made"),
                    "%nExpecting development <offer>%nto be of type:%n  <demand-made>%nbut it is of type:%n"
                            + "  <offer-made>");
            message(() -> assertThat(Talks.ROUND_2).hasSource("Axios"),
                    "%nExpecting development <round-2>%nto have source:%n  <Axios>%nbut its sources are:%n  <[]>");
            message(() -> assertThat(Talks.ROUND_2).hasAnonymousSource(),
                    "%nExpecting development <round-2>%nto have an anonymous source%nbut its sources are:%n  <[]>");
            message(() -> assertThat(Talks.ROUND_2).occurredOn("2025-06"),
                    "%nExpecting development <round-2>%nto have occurred on:%n  <2025-06>%nbut it occurred on:%n"
                            + "  <2025-06-02>");
            message(() -> assertThat(Talks.ROUND_2).refersTo(RefKind.FULFILS, "offer"),
                    "%nExpecting development <round-2>%nto refer to:%n  <FULFILS offer>%nbut its refs are:%n  <[]>");
        }

        @Test
        @DisplayName("hasIds and areInOrderOfOccurrence on lists")
        void lists() {
            assertThatDevelopments(List.of(Talks.OPENED, Talks.ROUND_2)).hasIds("opened", "round-2")
                    .areInOrderOfOccurrence();
            message(() -> assertThatDevelopments(List.of(Talks.ROUND_2, Talks.OPENED)).areInOrderOfOccurrence(),
                    "%nExpecting developments in order of occurrence%nbut <round-2> (2025-06-02) comes before "
                            + "<opened> (2025-05-16)");
            message(() -> assertThatDevelopments(List.of(Talks.OPENED)).hasIds("round-2"),
                    "%nExpecting developments with ids:%n  <[round-2]>%nbut they are:%n  <[opened]>");
        }
    }

    @Test
    @DisplayName("soft assertions collect every failed check before reporting")
    void soft() {
        ParleySoftAssertions softly = new ParleySoftAssertions();
        softly.assertThat(STATE).hasTitle("Wrong").hasStatementBy("Nobody").hasParticipant("Russia", PartyRole.PARTY);
        softly.assertThat(Talks.ROUND_2).hasSource("Axios");
        org.assertj.core.api.Assertions.assertThat(softly.errorsCollected()).hasSize(3);
        org.assertj.core.api.Assertions.assertThat(softly.errorsCollected().get(0).getMessage())
                .contains("to have title:");
        org.assertj.core.api.Assertions.assertThatThrownBy(softly::assertAll)
                .hasMessageContaining("Multiple Failures (3 failures)");
    }
}
