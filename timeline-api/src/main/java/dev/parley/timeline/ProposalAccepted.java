package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A side accepts an open demand, proposal or offer.
 * JSON type name {@code "proposal-accepted"}.
 *
 * <pre>{@code
 * ProposalAccepted.of(Envelope.of("ua-accepts", "ru-ua-2025", "2025-06-03"), "ru-offer-children").by("Ukraine")
 * }</pre>
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param position the id of the demand, proposal or offer
 * @param by the side responding
 * @param reason the stated reason or wording
 * @param speaker who answered for the side, if the report names them (optional)
 * @param quote the speaker's or side's own words, verbatim (optional)
 */
@JsonTypeName("proposal-accepted")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProposalAccepted(@JsonUnwrapped Envelope envelope,
        String position,
        String by,
        String reason,
        Agent speaker,
        String quote) implements PositionResponse {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param position the id of the demand, proposal or offer
     * @param by the side responding
     * @param reason the stated reason or wording
     * @param speaker who answered for the side, if the report names them (optional)
     * @param quote the speaker's or side's own words, verbatim (optional)
     */
    public ProposalAccepted {
        Values.required("envelope", envelope);
        Values.id("position", position);
        by = Values.text("by", by);
        reason = Values.optionalText(reason);
        quote = Values.optionalText(quote);
    }

    /**
     * A response without speaker or quote, as in format {@code parley/1} before them.
     *
     * @param envelope id, negotiation, dates, sources and refs
     * @param position the id of the demand, proposal or offer
     * @param by the side responding
     * @param reason the stated reason or wording
     */
    public ProposalAccepted(Envelope envelope, String position, String by, String reason) {
        this(envelope, position, by, reason, null, null);
    }

    /**
     * The first stage: the position; {@link Development.By#by(String)} names the side accepting.
     *
     * @param envelope id, negotiation, dates, sources and refs
     * @param position the id of the demand, proposal or offer
     * @return the stage that takes the side accepting
     */
    public static Development.By<ProposalAccepted> of(Envelope envelope, String position) {
        return side -> new ProposalAccepted(envelope, position, side, null);
    }

    /**
     * @param reason the stated reason or wording
     * @return a copy with the reason
     */
    public ProposalAccepted withReason(String reason) {
        return new ProposalAccepted(envelope, position, by, reason, speaker, quote);
    }

    /**
     * @param speaker who answered for the side ({@link Agent#named})
     * @return a copy naming the speaker
     */
    public ProposalAccepted withSpeaker(Agent speaker) {
        return new ProposalAccepted(envelope, position, by, reason, speaker, quote);
    }

    /**
     * @param quote the speaker's or side's own words, verbatim
     * @return a copy with the quote
     */
    public ProposalAccepted withQuote(String quote) {
        return new ProposalAccepted(envelope, position, by, reason, speaker, quote);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onProposalAccepted(this);
    }
}
