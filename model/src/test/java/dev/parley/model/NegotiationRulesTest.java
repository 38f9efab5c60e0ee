package dev.parley.model;

import dev.parley.timeline.Deadline;
import dev.parley.timeline.Development;
import dev.parley.timeline.FulfilmentDeclared;
import dev.parley.timeline.FulfilmentReported;
import dev.parley.timeline.NegotiationOpened;
import dev.parley.timeline.OfferMade;
import dev.parley.timeline.PartialDate;
import dev.parley.timeline.PartyRole;
import dev.parley.timeline.PositionWithdrawn;
import dev.parley.timeline.ProposalAccepted;
import dev.parley.timeline.Quantity;
import dev.parley.timeline.RecordResult;
import dev.parley.timeline.RefKind;
import dev.parley.timeline.ReportCorrected;
import dev.parley.timeline.ReportRetracted;
import dev.parley.timeline.RoundHeld;
import dev.parley.timeline.RoundScheduled;
import dev.parley.timeline.Rule;
import dev.parley.timeline.RuleViolationException;
import dev.parley.timeline.Share;
import dev.parley.timeline.TimelineFormatException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every rule, stated once as a case: what was recorded, what is refused, and the exact message. The cases run
 * through the one decider; a rule without a case fails {@link #everyRuleHasACase}.
 */
@DisplayName("The rules")
class NegotiationRulesTest {
    static final Sample TALKS = new Sample("talks");
    static final OfferMade OFFER = TALKS.offer("offer", "Russia", "Ukraine", "return children", 10, "2025-06-02",
            null);

    /** The rules that files break before a decider sees them: tested below by reading a file. */
    static final Set<Rule> READER_RULES = EnumSet.of(Rule.INVALID_VALUE, Rule.MALFORMED_INPUT);

    record Case(Rule rule, String name, List<Development> given, Development when, String detail) {
        @Override
        public String toString() {
            return rule + ": " + name;
        }
    }

    static Case refuse(Rule rule, String name, List<Development> given, Development when, String detail) {
        List<Development> all = new ArrayList<>();
        if (rule != Rule.NEGOTIATION_NOT_OPENED) {
            all.add(TALKS.opened());
        }
        all.addAll(given);
        return new Case(rule, name, all, when, detail);
    }

    static Stream<Case> cases() {
        RoundHeld round = TALKS.round("r2", 2, "Istanbul", "2025-06-02");
        PositionWithdrawn withdrawn = new PositionWithdrawn(TALKS.env("drop", "2025-06-03"), "offer", "Russia", null);
        ReportRetracted retracted = new ReportRetracted(TALKS.env("retraction", "2025-06-05"), "r2", "wrong");
        return Stream.of(
                refuse(Rule.NEGOTIATION_NOT_OPENED, "any development before negotiation-opened", List.of(), round,
                        "negotiation 'talks' has not been opened; record a negotiation-opened development first"),
                refuse(Rule.NEGOTIATION_ALREADY_OPENED, "opening twice", List.of(),
                        new NegotiationOpened(TALKS.env("opened-again", "2025-06-01"), "Again", null),
                        "negotiation 'talks' was already opened"),
                refuse(Rule.CONFLICTING_DUPLICATE, "another development under a recorded id", List.of(round),
                        TALKS.round("r2", 2, "Geneva", "2025-06-02"),
                        "a different development with this id is already recorded in negotiation 'talks'"),
                refuse(Rule.UNKNOWN_POSITION, "accepting a position never recorded", List.of(),
                        new ProposalAccepted(TALKS.env("yes", "2025-06-03"), "no-such-offer", "Ukraine", null),
                        "position 'no-such-offer' is not recorded"),
                refuse(Rule.UNKNOWN_POSITION, "a FULFILS ref to a development that is no position", List.of(round),
                        new FulfilmentReported(TALKS.env("done", "2025-06-09").withRef(RefKind.FULFILS, "r2"),
                                "Russia", Quantity.exactly(1), false, null),
                        "FULFILS refers to 'r2', which is not a demand, proposal or offer"),
                refuse(Rule.UNKNOWN_REFERENCE, "a FULFILS ref to a position never recorded", List.of(),
                        new FulfilmentReported(TALKS.env("done", "2025-06-09").withRef(RefKind.FULFILS, "ghost"),
                                "Russia", Quantity.exactly(1), false, null),
                        "FULFILS refers to 'ghost', which is not recorded in negotiation 'talks'"),
                refuse(Rule.POSITION_NOT_OPEN, "accepting a withdrawn offer", List.of(OFFER, withdrawn),
                        new ProposalAccepted(TALKS.env("yes", "2025-06-04"), "offer", "Ukraine", null),
                        "position 'offer' was WITHDRAWN by Russia and takes no acceptance"),
                refuse(Rule.NOT_POSITION_HOLDER, "withdrawing someone else's position", List.of(OFFER),
                        new PositionWithdrawn(TALKS.env("drop", "2025-06-03"), "offer", "Ukraine", null),
                        "Ukraine cannot withdraw position 'offer' taken by Russia"),
                refuse(Rule.PARTY_ALREADY_JOINED, "the same party joining in the same role again",
                        List.of(TALKS.joined("ru", "Russia", PartyRole.PARTY)),
                        TALKS.joined("ru-again", "Russia", PartyRole.PARTY),
                        "Russia already joined as PARTY (development 'ru')"),
                refuse(Rule.ROUND_ALREADY_HELD, "a second round-held for a held round", List.of(round),
                        TALKS.round("r2-again", 2, "Geneva", "2025-06-03"),
                        "round 2 was already held (development 'r2') and cannot be held again; correct that "
                                + "development instead"),
                refuse(Rule.ROUND_ALREADY_HELD, "scheduling a held round", List.of(round),
                        new RoundScheduled(TALKS.env("r2-next", "2025-06-03"), 2, "Geneva",
                                PartialDate.parse("2025-06-20")),
                        "round 2 was already held (development 'r2') and cannot be scheduled again; correct that "
                                + "development instead"),
                refuse(Rule.DEADLINE_BEFORE_POSITION, "a deadline before the offer", List.of(),
                        new OfferMade(TALKS.env("early", "2025-06-02"), "Russia", List.of("Ukraine"), "x",
                                List.of(), null, null, Deadline.by("2025-05-10")),
                        "deadline 2025-05-10 is before the position was taken (2025-06-02)"),
                refuse(Rule.DEADLINE_BEFORE_POSITION, "a correction whose replacement has an early deadline",
                        List.of(OFFER),
                        new ReportCorrected(TALKS.env("fix", "2025-06-04"), "offer", new OfferMade(
                                TALKS.env("offer", "2025-06-02"), "Russia", List.of("Ukraine"), "x", List.of(),
                                null, null, Deadline.by("2025-05-10")), null),
                        "deadline 2025-05-10 is before the position was taken (2025-06-02)"),
                refuse(Rule.UNKNOWN_AGREEMENT, "a step on an agreement never recorded", List.of(),
                        TALKS.step("s1", "no-deal", "pows", "2025-06-09", new Share("Russia", Quantity.exactly(1))),
                        "agreement 'no-deal' is not recorded"),
                refuse(Rule.UNKNOWN_AGREEMENT, "declaring an unknown agreement fulfilled", List.of(),
                        new FulfilmentDeclared(TALKS.env("declared", "2025-06-20"), "no-deal", null, "Ukraine"),
                        "agreement 'no-deal' is not recorded"),
                refuse(Rule.UNKNOWN_PROVISION, "a step on a provision the agreement lacks",
                        List.of(TALKS.agreement("deal", "pows", "2025-06-02")),
                        TALKS.step("s1", "deal", "bodies", "2025-06-09", new Share("Russia", Quantity.exactly(1))),
                        "agreement 'deal' has no provision 'bodies'"),
                refuse(Rule.UNKNOWN_PROVISION, "declaring a provision the agreement lacks fulfilled",
                        List.of(TALKS.agreement("deal", "pows", "2025-06-02")),
                        new FulfilmentDeclared(TALKS.env("declared", "2025-06-20"), "deal", "bodies", "Ukraine"),
                        "agreement 'deal' has no provision 'bodies'"),
                refuse(Rule.UNKNOWN_CLAIM, "denying a claim never made", List.of(),
                        TALKS.denied("denial", "no-claim", "Medinsky", "2025-06-02"),
                        "claim 'no-claim' is not recorded"),
                refuse(Rule.UNKNOWN_REFERENCE, "a ref to a development never recorded", List.of(),
                        new RoundHeld(TALKS.env("r2", "2025-06-02").withRef(RefKind.RELATES_TO, "r1"), 2,
                                "Istanbul", null, List.of(), null),
                        "RELATES_TO refers to 'r1', which is not recorded in negotiation 'talks'"),
                refuse(Rule.UNKNOWN_REFERENCE, "retracting a development never recorded", List.of(),
                        new ReportRetracted(TALKS.env("retraction", "2025-06-05"), "r9", null),
                        "'r9' is not recorded in negotiation 'talks'"),
                refuse(Rule.CORRECTION_TYPE_MISMATCH, "a correction whose replacement is of another type",
                        List.of(round),
                        new ReportCorrected(TALKS.env("fix", "2025-06-04"), "r2", new RoundScheduled(
                                TALKS.env("r2", "2025-06-02"), 2, "Istanbul", PartialDate.parse("2025-06-02")),
                                "it was only scheduled"),
                        "'r2' is a round-held; its replacement is a round-scheduled"),
                refuse(Rule.ALREADY_RETRACTED, "retracting twice", List.of(round, retracted),
                        new ReportRetracted(TALKS.env("retraction-2", "2025-06-06"), "r2", null),
                        "'r2' was already retracted"),
                refuse(Rule.OPENING_NOT_REVISABLE, "retracting negotiation-opened", List.of(),
                        new ReportRetracted(TALKS.env("retraction", "2025-06-05"), "opened", "never happened"),
                        "'opened' opened negotiation 'talks' and cannot be retracted"),
                refuse(Rule.OPENING_NOT_REVISABLE, "correcting negotiation-opened", List.of(),
                        new ReportCorrected(TALKS.env("fix", "2025-06-05"), "opened", new NegotiationOpened(
                                TALKS.env("opened", "2025-05-17"), "Other talks", null), null),
                        "'opened' opened negotiation 'talks' and cannot be corrected"),
                refuse(Rule.ALREADY_RETRACTED, "correcting a retracted development", List.of(round, retracted),
                        new ReportCorrected(TALKS.env("fix", "2025-06-06"), "r2",
                                TALKS.round("r2", 2, "Geneva", "2025-06-02"), null),
                        "'r2' was already retracted"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("refuses, naming the rule and the development, and records nothing")
    void refuses(Case c) {
        NegotiationDecider decider = NegotiationDecider.initialState("talks");
        c.given().forEach(d -> assertThat(decider.record(d)).as(d.id()).isEqualTo(RecordResult.RECORDED));
        int before = decider.state().developmentCount();
        assertThatThrownBy(() -> decider.record(c.when()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.rule()).isEqualTo(c.rule());
                    assertThat(e.developmentId()).isEqualTo(c.when().id());
                    assertThat(e.detail()).isEqualTo(c.detail());
                })
                .hasMessage(c.rule() + ": development '" + c.when().id() + "': " + c.detail());
        assertThat(decider.state().developmentCount()).isEqualTo(before);
    }

    @Test
    @DisplayName("every rule has a case here or among the reader's rules")
    void everyRuleHasACase() {
        Set<Rule> covered = cases().map(Case::rule).collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
        covered.addAll(READER_RULES);
        assertThat(covered).containsExactlyInAnyOrder(Rule.values());
    }

    @Nested
    @DisplayName("allow")
    class Allows {
        NegotiationDecider given(Development... developments) {
            NegotiationDecider decider = NegotiationDecider.initialState("talks");
            decider.record(TALKS.opened());
            for (Development d : developments) {
                decider.record(d);
            }
            return decider;
        }

        @Test
        @DisplayName("a deadline that may overlap the offer's partial date")
        void overlappingDeadline() {
            OfferMade vague = new OfferMade(TALKS.env("offer", "2025-06"), "Russia", List.of("Ukraine"),
                    "return children", List.of(), null, null, Deadline.by("2025-06-10"));
            assertThat(given().record(vague)).isEqualTo(RecordResult.RECORDED);
        }

        @Test
        @DisplayName("the same party joining in another role")
        void anotherRole() {
            NegotiationDecider decider = given(TALKS.joined("tr", "Turkey", PartyRole.HOST));
            assertThat(decider.record(TALKS.joined("tr-mediates", "Turkey", PartyRole.MEDIATOR)))
                    .isEqualTo(RecordResult.RECORDED);
        }

        @Test
        @DisplayName("a round held after it was scheduled, and rounds without a number")
        void scheduledThenHeld() {
            NegotiationDecider decider = given(new RoundScheduled(TALKS.env("r2-planned", "2025-05-28"), 2,
                    "Istanbul", PartialDate.parse("2025-06-02")));
            assertThat(decider.record(TALKS.round("r2", 2, "Istanbul", "2025-06-02")))
                    .isEqualTo(RecordResult.RECORDED);
            RoundHeld unnumbered = new RoundHeld(TALKS.env("side-talks", "2025-06-03"), null, "Doha", null,
                    List.of(), null);
            assertThat(decider.record(unnumbered)).isEqualTo(RecordResult.RECORDED);
            assertThat(decider.record(new RoundHeld(TALKS.env("more-side-talks", "2025-06-04"), null, "Doha", null,
                    List.of(), null))).isEqualTo(RecordResult.RECORDED);
            assertThat(decider.state().rounds()).hasSize(3);
        }
    }

    @Nested
    @DisplayName("the reader's rules, broken by a file before any decision")
    class ReaderRules {
        TimelineFormatException failure(String development) {
            String json = "{\"format\": \"parley/1\", \"negotiationId\": \"talks\", \"developments\": ["
                    + "{\"type\": \"negotiation-opened\", \"id\": \"opened\", \"occurred\": \"2025-05-16\", "
                    + "\"title\": \"T\"}, " + development + "]}";
            try {
                TimelineFiles.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json");
            } catch (TimelineFormatException e) {
                return e;
            }
            throw new AssertionError("expected a rejection of " + development);
        }

        @Test
        @DisplayName("INVALID_VALUE: an impossible calendar date")
        void invalidValue() {
            TimelineFormatException e = failure("{\"type\": \"round-held\", \"id\": \"r1\", \"occurred\": \"2025-02-30\"}");
            assertThat(e.rule()).isEqualTo(Rule.INVALID_VALUE);
            assertThat(e.getMessage()).isEqualTo("t.json:1:155: development 'r1': INVALID_VALUE: at "
                    + "/developments/1/occurred: date: '2025-02-30' is not a real calendar date");
        }

        @Test
        @DisplayName("MALFORMED_INPUT: an unknown development type")
        void malformedInput() {
            TimelineFormatException e = failure("{\"type\": \"treaty-signed\", \"id\": \"t1\", \"occurred\": \"2025-06-02\"}");
            assertThat(e.rule()).isEqualTo(Rule.MALFORMED_INPUT);
            assertThat(e.getMessage()).startsWith("t.json:1:155: development 't1': MALFORMED_INPUT: at "
                    + "/developments/1: unknown development type \"treaty-signed\"; known types: action-ended, ");
        }
    }
}
