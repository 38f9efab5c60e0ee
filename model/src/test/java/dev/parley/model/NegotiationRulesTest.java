package dev.parley.model;

import dev.parley.timeline.ActionEnded;
import dev.parley.timeline.ActionStarted;
import dev.parley.timeline.Agent;
import dev.parley.timeline.AgreementExtended;
import dev.parley.timeline.AgreementReached;
import dev.parley.timeline.AgreementResumed;
import dev.parley.timeline.AgreementSigned;
import dev.parley.timeline.AgreementSuspended;
import dev.parley.timeline.AgreementTerminated;
import dev.parley.timeline.AgreementWithdrawnFrom;
import dev.parley.timeline.Deadline;
import dev.parley.timeline.DisputedAspect;
import dev.parley.timeline.DocumentPublished;
import dev.parley.timeline.ImplementationStepCompleted;
import dev.parley.timeline.MeetingProposed;
import dev.parley.timeline.NonComplianceAlleged;
import dev.parley.timeline.Provision;
import dev.parley.timeline.Ref;
import dev.parley.timeline.RoundCancelled;
import dev.parley.timeline.RoundRescheduled;
import dev.parley.timeline.StatementMade;
import dev.parley.timeline.VersionReported;
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
                refuse(Rule.NOT_FULFILLABLE, "a FULFILS ref to a round held, naming what it is", List.of(round),
                        new FulfilmentReported(TALKS.env("done", "2025-06-09").withRef(RefKind.FULFILS, "r2"),
                                "Russia", Quantity.exactly(1), false, null),
                        "FULFILS refers to 'r2', a round-held, which cannot be fulfilled: only a demand, proposal, "
                                + "offer, meeting proposed or agreement (or one of its provisions) can"),
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
                refuse(Rule.FULFILMENT_BEFORE_POSITION, "a delivery dated before the offer", List.of(OFFER),
                        new FulfilmentReported(TALKS.env("early", "2025-05-20").withRef(RefKind.FULFILS, "offer"),
                                "Russia", Quantity.exactly(1), false, null),
                        "it occurred 2025-05-20, before position 'offer' it fulfils was taken (2025-06-02)"),
                refuse(Rule.OVER_FULFILMENT, "more delivered than offered, unmarked", List.of(OFFER,
                        new FulfilmentReported(TALKS.env("six", "2025-06-09").withRef(RefKind.FULFILS, "offer"),
                                "Russia", Quantity.exactly(6), false, null)),
                        new FulfilmentReported(TALKS.env("five", "2025-06-10").withRef(RefKind.FULFILS, "offer"),
                                "Russia", Quantity.atLeast(5), false, null),
                        "it brings the delivered total against position 'offer' to 11, beyond the 10 promised; if "
                                + "more was delivered than promised, say so with \"overFulfilment\": true"),
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

    static final AgreementReached DEAL = new AgreementReached(TALKS.env("deal", "2022-07-22"), "grain deal",
            List.of("Russia", "Ukraine"), List.of(new Provision("jcc", "coordination centre", null, List.of(),
            List.of(), null)), PartialDate.parse("2022-11-19"));
    static final AgreementSuspended SUSPENDED = new AgreementSuspended(TALKS.env("suspended", "2022-10-29"), "deal",
            "Russia", "drones");
    static final AgreementTerminated TERMINATED = new AgreementTerminated(TALKS.env("ended", "2023-07-17"), "deal",
            "Russia", "not renewed");

    /** The rules of issue 10: agreements' lives, rounds, actions, refs to provisions, versions. */
    static Stream<Case> lifeCases() {
        RoundHeld round = TALKS.round("r2", 2, "Istanbul", "2025-06-02");
        RoundScheduled planned = new RoundScheduled(TALKS.env("r3-planned", "2025-06-10"), 3, "Istanbul",
                PartialDate.parse("2025-06-20"));
        RoundCancelled cancelled = new RoundCancelled(TALKS.env("r3-off", "2025-06-15"), 3, null, null);
        ActionStarted strike = new ActionStarted(TALKS.env("strike", "2023-05-02"), List.of("Writers Guild"),
                List.of(), "strike", null);
        ActionEnded over = new ActionEnded(TALKS.env("strike-over", "2023-09-27"), "strike", null, null);
        return Stream.of(
                refuse(Rule.UNKNOWN_AGREEMENT, "signing an agreement never recorded", List.of(),
                        new AgreementSigned(TALKS.env("signs", "2022-07-22"), "ghost", "Russia", List.of(), null),
                        "agreement 'ghost' is not recorded"),
                refuse(Rule.UNKNOWN_AGREEMENT, "extending a development that is no agreement", List.of(round),
                        new AgreementExtended(TALKS.env("ext", "2025-07-01"), "r2", List.of(), null, 60),
                        "'r2' is a round-held, not an agreement"),
                refuse(Rule.UNKNOWN_AGREEMENT, "alleging non-compliance with an agreement never recorded",
                        List.of(), new NonComplianceAlleged(TALKS.env("breach", "2022-07-23"), "Ukraine", "Russia",
                                "ghost", null, "a strike on the port"),
                        "agreement 'ghost' is not recorded"),
                refuse(Rule.UNKNOWN_AGREEMENT, "a ref naming a provision of a development that is no agreement",
                        List.of(round), new StatementMade(TALKS.env("s", "2025-06-03")
                                .withRef(Ref.toProvision(RefKind.DISPUTES, "r2", "jcc")),
                                Agent.named("Peskov", null, "Russia"), null, "no"),
                        "DISPUTES names provision 'jcc' of 'r2', a round-held, not an agreement"),
                refuse(Rule.UNKNOWN_PROVISION, "alleging a breach of a provision the agreement lacks", List.of(DEAL),
                        new NonComplianceAlleged(TALKS.env("breach", "2022-07-23"), "Ukraine", "Russia", "deal",
                                "ports", "a strike on the port"),
                        "agreement 'deal' has no provision 'ports'"),
                refuse(Rule.UNKNOWN_PROVISION, "a FULFILS ref to a provision the agreement lacks", List.of(DEAL),
                        new RoundHeld(TALKS.env("r1", "2022-07-27")
                                .withRef(Ref.toProvision(RefKind.FULFILS, "deal", "ports")), 1, null, null,
                                List.of(), null),
                        "agreement 'deal' has no provision 'ports'"),
                refuse(Rule.UNKNOWN_PROVISION, "a step whose share counts under a provision the agreement lacks",
                        List.of(DEAL), new ImplementationStepCompleted(TALKS.env("ship", "2022-08-01"), "deal", null,
                                List.of(new Share("Ukraine", Quantity.exactly(26_000), "tonnes", "exports")), null),
                        "agreement 'deal' has no provision 'exports'"),
                refuse(Rule.AGREEMENT_ALREADY_SUSPENDED, "suspending a suspended agreement", List.of(DEAL, SUSPENDED),
                        new AgreementSuspended(TALKS.env("again", "2022-10-30"), "deal", "Russia", null),
                        "agreement 'deal' is already suspended by Russia (development 'suspended')"),
                refuse(Rule.AGREEMENT_ENDED, "suspending a terminated agreement", List.of(DEAL, TERMINATED),
                        new AgreementSuspended(TALKS.env("late", "2023-07-18"), "deal", "Russia", null),
                        "agreement 'deal' was TERMINATED by Russia and takes no suspension"),
                refuse(Rule.AGREEMENT_ENDED, "extending a terminated agreement", List.of(DEAL, TERMINATED),
                        new AgreementExtended(TALKS.env("ext", "2023-07-18"), "deal", List.of(), null, 60),
                        "agreement 'deal' was TERMINATED by Russia and takes no extension"),
                refuse(Rule.AGREEMENT_ENDED, "signing an agreement after the only other party withdrew",
                        List.of(DEAL, new AgreementWithdrawnFrom(TALKS.env("out", "2022-08-01"), "deal", "Ukraine",
                                null)),
                        new AgreementSigned(TALKS.env("signs", "2022-08-02"), "deal", "Russia", List.of(), null),
                        "agreement 'deal' was WITHDRAWN by Ukraine and takes no signature"),
                refuse(Rule.AGREEMENT_NOT_SUSPENDED, "resuming an agreement that is not suspended", List.of(DEAL),
                        new AgreementResumed(TALKS.env("resumes", "2022-11-02"), "deal", "Russia", null),
                        "agreement 'deal' is IN_FORCE, not suspended, and takes no resumption"),
                refuse(Rule.ALREADY_SIGNED, "signing twice by the same party", List.of(DEAL,
                                new AgreementSigned(TALKS.env("ru-signs", "2022-07-22"), "deal", "Russia",
                                        List.of("Turkey"), null)),
                        new AgreementSigned(TALKS.env("ru-signs-again", "2022-07-23"), "deal", "Russia", List.of(),
                                null),
                        "Russia already signed agreement 'deal' (development 'ru-signs')"),
                refuse(Rule.ALREADY_WITHDRAWN, "withdrawing twice by the same party", List.of(
                                new AgreementReached(TALKS.env("deal", "2022-07-22"), "grain deal",
                                        List.of("Russia", "Ukraine", "Turkey"), List.of(new Provision("jcc",
                                        "coordination centre", null, List.of(), List.of(), null))),
                                new AgreementWithdrawnFrom(TALKS.env("tr-out", "2022-08-01"), "deal", "Turkey", null)),
                        new AgreementWithdrawnFrom(TALKS.env("tr-out-again", "2022-08-02"), "deal", "Turkey", null),
                        "Turkey already withdrew from agreement 'deal' (development 'tr-out')"),
                refuse(Rule.UNKNOWN_REFERENCE, "a CONFIRMS ref to a development never recorded", List.of(),
                        new StatementMade(TALKS.env("s", "2025-06-03").withRef(RefKind.CONFIRMS, "ghost"),
                                Agent.named("Peskov", null, "Russia"), null, "yes"),
                        "CONFIRMS refers to 'ghost', which is not recorded in negotiation 'talks'"),
                refuse(Rule.UNKNOWN_REFERENCE, "a DISPUTES ref to a development never recorded", List.of(),
                        new StatementMade(TALKS.env("s", "2025-06-03").withRef(RefKind.DISPUTES, "ghost"),
                                Agent.named("Peskov", null, "Russia"), null, "no"),
                        "DISPUTES refers to 'ghost', which is not recorded in negotiation 'talks'"),
                refuse(Rule.UNKNOWN_REFERENCE, "a version of a development never recorded", List.of(),
                        new VersionReported(TALKS.env("v", "2025-06-03"), "ghost", "occurred", "2025-06-01", null),
                        "'ghost' is not recorded in negotiation 'talks'"),
                refuse(Rule.UNKNOWN_FIELD, "a version of a field the development does not have", List.of(round),
                        new VersionReported(TALKS.env("v", "2025-06-03"), "r2", "days", "60", null),
                        "'r2' is a round-held, which has no field 'days' (its fields: chair, confidence, "
                                + "delegations, id, mediators, negotiationId, note, number, occurred, outcome, refs, "
                                + "reported, sources, venue)"),
                refuse(Rule.UNKNOWN_ACTION, "ending an action never started", List.of(),
                        new ActionEnded(TALKS.env("over", "2023-09-27"), "strike", null, null),
                        "action 'strike' was never started"),
                refuse(Rule.ACTION_NOT_ONGOING, "ending an action that already ended", List.of(strike, over),
                        new ActionEnded(TALKS.env("over-again", "2023-09-28"), "strike", null, null),
                        "strike 'strike' already ended (development 'strike-over')"),
                refuse(Rule.UNKNOWN_ROUND, "rescheduling a round never scheduled", List.of(),
                        new RoundRescheduled(TALKS.env("moved", "2025-06-15"), 4, PartialDate.parse("2025-06-25"),
                                null, null),
                        "round 4 was never scheduled and cannot be rescheduled"),
                refuse(Rule.UNKNOWN_ROUND, "cancelling a round never scheduled", List.of(),
                        new RoundCancelled(TALKS.env("off", "2025-06-15"), 4, null, null),
                        "round 4 was never scheduled and cannot be cancelled"),
                refuse(Rule.ROUND_ALREADY_HELD, "cancelling a round that was held", List.of(round),
                        new RoundCancelled(TALKS.env("off", "2025-06-15"), 2, null, null),
                        "round 2 was already held (development 'r2') and cannot be cancelled; correct that "
                                + "development instead"),
                refuse(Rule.ROUND_CANCELLED, "cancelling a cancelled round", List.of(planned, cancelled),
                        new RoundCancelled(TALKS.env("off-again", "2025-06-16"), 3, null, null),
                        "round 3 was cancelled (development 'r3-off') and cannot be cancelled; reschedule it with a "
                                + "date"),
                refuse(Rule.UNKNOWN_DOCUMENT, "publishing a delivered document never recorded", List.of(round),
                        new DocumentPublished(TALKS.env("pub", "2025-06-03"), "r2", null, null, "Ukraine", null),
                        "'r2' is a round-held, not a document-delivered"));
    }

    /** The rules of issue 20 about provisions: suspensions per provision and party, disputes of part of a step. */
    static Stream<Case> provisionCases() {
        AgreementSuspended jccPaused = AgreementSuspended.of(TALKS.env("jcc-paused", "2022-10-29"), "deal")
                .by("Russia").withProvisions("jcc");
        ImplementationStepCompleted step = new ImplementationStepCompleted(TALKS.env("ships", "2022-08-05"), "deal",
                "jcc", List.of(new Share("Ukraine", Quantity.exactly(3), "ships", null)), null);
        return Stream.of(
                refuse(Rule.UNKNOWN_PROVISION, "suspending a provision the agreement lacks", List.of(DEAL),
                        AgreementSuspended.of(TALKS.env("paused", "2022-10-29"), "deal").by("Russia")
                                .withProvisions("ports"),
                        "agreement 'deal' has no provision 'ports'"),
                refuse(Rule.PROVISION_ALREADY_SUSPENDED, "the same party suspending a provision twice",
                        List.of(DEAL, jccPaused), AgreementSuspended.of(TALKS.env("again", "2022-10-30"), "deal")
                                .by("Russia").withProvisions("jcc"),
                        "provision 'jcc' of agreement 'deal' is already suspended by Russia (development "
                                + "'jcc-paused')"),
                refuse(Rule.PROVISION_NOT_SUSPENDED, "resuming a provision nobody suspended", List.of(DEAL),
                        AgreementResumed.of(TALKS.env("back", "2022-11-02"), "deal").by("Russia")
                                .withProvisions("jcc"),
                        "provision 'jcc' of agreement 'deal' is not suspended by Russia"),
                refuse(Rule.PROVISION_NOT_SUSPENDED, "resuming another party's suspension", List.of(DEAL, jccPaused),
                        AgreementResumed.of(TALKS.env("back", "2022-11-02"), "deal").by("Ukraine")
                                .withProvisions("jcc"),
                        "provision 'jcc' of agreement 'deal' is not suspended by Ukraine (only by Russia)"),
                refuse(Rule.AGREEMENT_ENDED, "suspending a provision of a terminated agreement",
                        List.of(DEAL, TERMINATED), AgreementSuspended.of(TALKS.env("late", "2023-07-18"), "deal")
                                .by("Russia").withProvisions("jcc"),
                        "agreement 'deal' was TERMINATED by Russia and takes no suspension of a provision"),
                refuse(Rule.DISPUTED_PART_NOT_IN_STEP, "disputing part of a development that is no step",
                        List.of(DEAL), new StatementMade(TALKS.env("s", "2022-08-06").withRef(Ref.disputing("deal",
                                DisputedAspect.ITEM, new Share("Ukraine", Quantity.exactly(1), "ships", null))),
                                Agent.named("Peskov", null, "Russia"), null, "no"),
                        "DISPUTES names a disputed part of 'deal', an agreement-reached, not an "
                                + "implementation-step-completed"),
                refuse(Rule.DISPUTED_PART_NOT_IN_STEP, "disputing a unit the step did not deliver",
                        List.of(DEAL, step), new StatementMade(TALKS.env("s", "2022-08-06").withRef(Ref.disputing(
                                "ships", DisputedAspect.COUNT, new Share("Ukraine", Quantity.exactly(1000), "tonnes",
                                        null))), Agent.named("Peskov", null, "Russia"), null, "no"),
                        "step 'ships' delivered no tonnes by Ukraine"),
                refuse(Rule.DISPUTED_PART_NOT_IN_STEP, "disputing more than the step delivered",
                        List.of(DEAL, step), new StatementMade(TALKS.env("s", "2022-08-06").withRef(Ref.disputing(
                                "ships", DisputedAspect.ITEM, new Share("Ukraine", Quantity.exactly(4), "ships",
                                        null))), Agent.named("Peskov", null, "Russia"), null, "no"),
                        "it disputes 4 ships by Ukraine of step 'ships', which delivered 3"));
    }

    static Stream<Case> allCases() {
        return Stream.of(cases(), lifeCases(), provisionCases()).flatMap(c -> c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allCases")
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
        Set<Rule> covered = allCases().map(Case::rule).collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
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
    @DisplayName("allow, in the life of an agreement and of rounds")
    class AllowsLife {
        NegotiationDecider given(Development... developments) {
            NegotiationDecider decider = NegotiationDecider.initialState("talks");
            decider.record(TALKS.opened());
            for (Development d : developments) {
                assertThat(decider.record(d)).as(d.id()).isEqualTo(RecordResult.RECORDED);
            }
            return decider;
        }

        @Test
        @DisplayName("two parties signing separately with the same counter-signatories")
        void separateSignatures() {
            given(DEAL, new AgreementSigned(TALKS.env("ru", "2022-07-22"), "deal", "Russia",
                            List.of("Turkey", "United Nations"), null),
                    new AgreementSigned(TALKS.env("ua", "2022-07-22"), "deal", "Ukraine",
                            List.of("Turkey", "United Nations"), null));
        }

        @Test
        @DisplayName("an extension while suspended, a resumption, a suspension again, then the end")
        void lifeCycle() {
            given(DEAL, SUSPENDED, new AgreementExtended(TALKS.env("ext", "2022-10-30"), "deal", List.of(), null, 120),
                    new AgreementResumed(TALKS.env("back", "2022-11-02"), "deal", "Russia", null),
                    new AgreementSuspended(TALKS.env("again", "2023-07-01"), "deal", "Russia", null), TERMINATED);
        }

        @Test
        @DisplayName("a FULFILS ref to a meeting proposed and to an agreement's provision")
        void fulfilsMeetingsAndProvisions() {
            MeetingProposed meeting = new MeetingProposed(TALKS.env("meet", "2022-07-05"), List.of("Turkey"),
                    List.of(), null, null, List.of());
            given(meeting, DEAL, new RoundHeld(TALKS.env("r1", "2022-07-13").withRef(RefKind.FULFILS, "meet")
                            .withRef(Ref.toProvision(RefKind.FULFILS, "deal", "jcc")), 1, null, null, List.of(),
                    null));
        }

        @Test
        @DisplayName("a version of a nested field (a share's quantity) and of an envelope field")
        void nestedField() {
            given(DEAL, new ImplementationStepCompleted(TALKS.env("ship", "2022-08-01"), "deal", "jcc",
                            List.of(new Share("Ukraine", Quantity.exactly(26_000), "tonnes", null)), null),
                    new VersionReported(TALKS.env("v1", "2022-08-02"), "ship", "quantity", "27000", null),
                    new VersionReported(TALKS.env("v2", "2022-08-02"), "ship", "occurred", "2022-08-02", null));
        }

        @Test
        @DisplayName("a cancelled round rescheduled with a date, then held")
        void cancelledRoundRevived() {
            given(new RoundScheduled(TALKS.env("r3-planned", "2025-06-10"), 3, null, PartialDate.parse("2025-06-20")),
                    new RoundCancelled(TALKS.env("r3-off", "2025-06-15"), 3, null, null),
                    new RoundRescheduled(TALKS.env("r3-on", "2025-06-16"), 3, PartialDate.parse("2025-07-01"), null,
                            null),
                    TALKS.round("r3", 3, "Istanbul", "2025-07-01"));
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
