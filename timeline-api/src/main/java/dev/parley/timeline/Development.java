package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.List;

/**
 * A reported development in a negotiation: the domain event of Parley. Every development carries an
 * {@link Envelope} (id, negotiation, when it occurred, when it was reported, sources, refs) and its own content.
 * The vocabulary is closed (sealed) so that the fold and the rules handle every type; each type has a stable
 * kebab-case JSON name given by {@link #typeName()}.
 *
 * <pre>{@code
 * Development opened = new NegotiationOpened(
 *         Envelope.of("opened", "ru-ua-2025", "2025-05-16"), "Russia-Ukraine direct talks", null);
 * opened.typeName();   // "negotiation-opened"
 * }</pre>
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(NegotiationOpened.class),
        @JsonSubTypes.Type(PartyJoined.class),
        @JsonSubTypes.Type(RoundScheduled.class),
        @JsonSubTypes.Type(RoundHeld.class),
        @JsonSubTypes.Type(DocumentDelivered.class),
        @JsonSubTypes.Type(DemandMade.class),
        @JsonSubTypes.Type(ProposalMade.class),
        @JsonSubTypes.Type(OfferMade.class),
        @JsonSubTypes.Type(ProposalAccepted.class),
        @JsonSubTypes.Type(ProposalRejected.class),
        @JsonSubTypes.Type(PositionWithdrawn.class),
        @JsonSubTypes.Type(AgreementReached.class),
        @JsonSubTypes.Type(ImplementationStepCompleted.class),
        @JsonSubTypes.Type(ClaimMade.class),
        @JsonSubTypes.Type(ClaimDenied.class),
        @JsonSubTypes.Type(ClaimConfirmed.class),
        @JsonSubTypes.Type(StatementMade.class),
        @JsonSubTypes.Type(FulfilmentReported.class),
        @JsonSubTypes.Type(FulfilmentDeclared.class),
        @JsonSubTypes.Type(FigureReported.class),
        @JsonSubTypes.Type(ReportCorrected.class),
        @JsonSubTypes.Type(ReportRetracted.class)
})
public sealed interface Development
        permits NegotiationOpened, PartyJoined, RoundScheduled, RoundHeld, DocumentDelivered, PositionTaken,
        PositionResponse, AgreementReached, ImplementationStepCompleted, ClaimMade, ClaimResponse, StatementMade,
        FulfilmentReported, FulfilmentDeclared, FigureReported, ReportCorrected, ReportRetracted {

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

    /** @return when it happened */
    @JsonIgnore
    default PartialDate occurred() {
        return envelope().occurred();
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
}
