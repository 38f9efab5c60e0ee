package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.List;

/**
 * A reported development in a negotiation: the domain event of Parley. Every development carries an
 * {@link Envelope} (id, negotiation, when it occurred, when it was reported, sources, refs) and its own content.
 * The vocabulary is closed (sealed) so that the fold and the rules handle every type; each type has a stable
 * kebab-case JSON name given by {@link #typeName()}; {@link DevelopmentTypes#all()} lists them (the JSON codec
 * registers its subtypes from there, so the {@code permits} clauses are the one list of types).
 *
 * <pre>{@code
 * Development opened = NegotiationOpened.titled(
 *         Envelope.of("opened", "ru-ua-2025", "2025-05-16"), "Russia-Ukraine direct talks");
 * opened.typeName();   // "negotiation-opened"
 * }</pre>
 * Every type is built in the domain's words by its static factories: the envelope and the required content as
 * arguments or stages the compiler asks for ({@code OfferMade.by(envelope, "Russia").to("Ukraine").terms("...")},
 * {@code ProposalAccepted.of(envelope, "ru-offer-children").by("Ukraine")}), optional content with {@code withX}
 * methods that return a copy. The canonical constructors stay, for Jackson and for whoever prefers them.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
public sealed interface Development
        permits NegotiationOpened, PartyJoined, DelegationAppointed, MeetingProposed, RoundScheduled,
        RoundRescheduled, RoundCancelled, RoundHeld, DocumentDelivered, DocumentPublished, PositionTaken,
        PositionResponse, AgreementReached, AgreementDevelopment, ImplementationStepCompleted, NonComplianceAlleged,
        ActionStarted, ActionEnded, ClaimMade, ClaimResponse, StatementMade, FulfilmentReported, FulfilmentDeclared,
        FigureReported, VersionReported, ReportCorrected, ReportRetracted {

    /**
     * Calls the visitor's method for this development's type: how the fold, the rules and every renderer handle
     * each type, checked by the compiler (a new type adds a method here, so every visitor stops compiling until
     * it handles it).
     *
     * @param visitor what to do per type
     * @param <R>     the visitor's result type
     * @return the visitor's result for this development
     */
    <R> R accept(Visitor<R> visitor);

    /** @return the envelope: id, negotiation, dates, sources, refs */
    Envelope envelope();

    /** @return the development id (the idempotency key within its negotiation) */
    @JsonIgnore
    default String id() {
        return envelope().id();
    }

    /** @return the negotiation this development belongs to */
    @JsonIgnore
    default String negotiationId() {
        return envelope().negotiationId();
    }

    /**
     * @return when it happened; for an undated report ({@link Envelope#isUndated()}) the date it was reported on,
     *         where it stands on the valid-time axis too
     */
    @JsonIgnore
    default PartialDate occurred() {
        return envelope().when();
    }

    /** @return when it was first reported */
    @JsonIgnore
    default PartialDate reported() {
        return envelope().reported();
    }

    /** @return where it was reported */
    @JsonIgnore
    default List<Attribution> sources() {
        return envelope().sources();
    }

    /** @return links to earlier developments */
    @JsonIgnore
    default List<Ref> refs() {
        return envelope().refs();
    }

    /** @return the mediators or facilitators of this development */
    @JsonIgnore
    default List<String> mediators() {
        return envelope().mediators();
    }

    /** @return the stable JSON type name of this development, e.g. {@code "offer-made"} */
    @JsonIgnore
    default String typeName() {
        return typeName(getClass());
    }

    /**
     * @param type a development type
     * @return its stable JSON type name
     */
    static String typeName(Class<? extends Development> type) {
        JsonTypeName name = type.getAnnotation(JsonTypeName.class);
        if (name == null) {
            throw new IllegalArgumentException(type.getName() + " has no @JsonTypeName");
        }
        return name.value();
    }

    /**
     * The last stage of building a development whose content is given and whose acting side is still to be named,
     * e.g. {@code ProposalAccepted.of(envelope, "ru-offer-children").by("Ukraine")}.
     *
     * @param <D> the development built
     */
    @FunctionalInterface
    interface By<D extends Development> {
        /**
         * @param side the side acting (accepting, signing, declaring ...)
         * @return the development
         */
        D by(String side);
    }

    /**
     * One method per concrete development type. Implement it (rather than an {@code instanceof} chain) wherever
     * every type must be handled:
     *
     * <pre>{@code
     * String who = development.accept(new Development.Visitor<String>() {
     *     public String onOfferMade(OfferMade offer) { return offer.by(); }
     *     // ... one method per type; the compiler lists the missing ones
     * });
     * }</pre>
     *
     * @param <R> the result of a visit
     */
    interface Visitor<R> {
        /**
         * @param development a {@code negotiation-opened} development
         * @return the visitor's result
         */
        R onNegotiationOpened(NegotiationOpened development);

        /**
         * @param development a {@code party-joined} development
         * @return the visitor's result
         */
        R onPartyJoined(PartyJoined development);

        /**
         * @param development a {@code round-scheduled} development
         * @return the visitor's result
         */
        R onRoundScheduled(RoundScheduled development);

        /**
         * @param development a {@code round-held} development
         * @return the visitor's result
         */
        R onRoundHeld(RoundHeld development);

        /**
         * @param development a {@code document-delivered} development
         * @return the visitor's result
         */
        R onDocumentDelivered(DocumentDelivered development);

        /**
         * @param development a {@code demand-made} development
         * @return the visitor's result
         */
        R onDemandMade(DemandMade development);

        /**
         * @param development a {@code proposal-made} development
         * @return the visitor's result
         */
        R onProposalMade(ProposalMade development);

        /**
         * @param development an {@code offer-made} development
         * @return the visitor's result
         */
        R onOfferMade(OfferMade development);

        /**
         * @param development a {@code proposal-accepted} development
         * @return the visitor's result
         */
        R onProposalAccepted(ProposalAccepted development);

        /**
         * @param development a {@code proposal-rejected} development
         * @return the visitor's result
         */
        R onProposalRejected(ProposalRejected development);

        /**
         * @param development a {@code position-withdrawn} development
         * @return the visitor's result
         */
        R onPositionWithdrawn(PositionWithdrawn development);

        /**
         * @param development an {@code agreement-reached} development
         * @return the visitor's result
         */
        R onAgreementReached(AgreementReached development);

        /**
         * @param development an {@code implementation-step-completed} development
         * @return the visitor's result
         */
        R onImplementationStepCompleted(ImplementationStepCompleted development);

        /**
         * @param development a {@code claim-made} development
         * @return the visitor's result
         */
        R onClaimMade(ClaimMade development);

        /**
         * @param development a {@code claim-denied} development
         * @return the visitor's result
         */
        R onClaimDenied(ClaimDenied development);

        /**
         * @param development a {@code claim-confirmed} development
         * @return the visitor's result
         */
        R onClaimConfirmed(ClaimConfirmed development);

        /**
         * @param development a {@code statement-made} development
         * @return the visitor's result
         */
        R onStatementMade(StatementMade development);

        /**
         * @param development a {@code fulfilment-reported} development
         * @return the visitor's result
         */
        R onFulfilmentReported(FulfilmentReported development);

        /**
         * @param development a {@code fulfilment-declared} development
         * @return the visitor's result
         */
        R onFulfilmentDeclared(FulfilmentDeclared development);

        /**
         * @param development a {@code figure-reported} development
         * @return the visitor's result
         */
        R onFigureReported(FigureReported development);

        /**
         * @param development a {@code report-corrected} development
         * @return the visitor's result
         */
        R onReportCorrected(ReportCorrected development);

        /**
         * @param development a {@code report-retracted} development
         * @return the visitor's result
         */
        R onReportRetracted(ReportRetracted development);

        /**
         * @param development a {@code delegation-appointed} development
         * @return the visitor's result
         */
        R onDelegationAppointed(DelegationAppointed development);

        /**
         * @param development a {@code meeting-proposed} development
         * @return the visitor's result
         */
        R onMeetingProposed(MeetingProposed development);

        /**
         * @param development a {@code round-rescheduled} development
         * @return the visitor's result
         */
        R onRoundRescheduled(RoundRescheduled development);

        /**
         * @param development a {@code round-cancelled} development
         * @return the visitor's result
         */
        R onRoundCancelled(RoundCancelled development);

        /**
         * @param development a {@code document-published} development
         * @return the visitor's result
         */
        R onDocumentPublished(DocumentPublished development);

        /**
         * @param development an {@code agreement-signed} development
         * @return the visitor's result
         */
        R onAgreementSigned(AgreementSigned development);

        /**
         * @param development an {@code agreement-ratified} development
         * @return the visitor's result
         */
        R onAgreementRatified(AgreementRatified development);

        /**
         * @param development an {@code agreement-extended} development
         * @return the visitor's result
         */
        R onAgreementExtended(AgreementExtended development);

        /**
         * @param development an {@code agreement-suspended} development
         * @return the visitor's result
         */
        R onAgreementSuspended(AgreementSuspended development);

        /**
         * @param development an {@code agreement-resumed} development
         * @return the visitor's result
         */
        R onAgreementResumed(AgreementResumed development);

        /**
         * @param development an {@code agreement-terminated} development
         * @return the visitor's result
         */
        R onAgreementTerminated(AgreementTerminated development);

        /**
         * @param development an {@code agreement-withdrawn-from} development
         * @return the visitor's result
         */
        R onAgreementWithdrawnFrom(AgreementWithdrawnFrom development);

        /**
         * @param development a {@code non-compliance-alleged} development
         * @return the visitor's result
         */
        R onNonComplianceAlleged(NonComplianceAlleged development);

        /**
         * @param development an {@code action-started} development
         * @return the visitor's result
         */
        R onActionStarted(ActionStarted development);

        /**
         * @param development an {@code action-ended} development
         * @return the visitor's result
         */
        R onActionEnded(ActionEnded development);

        /**
         * @param development a {@code version-reported} development
         * @return the visitor's result
         */
        R onVersionReported(VersionReported development);
    }
}
