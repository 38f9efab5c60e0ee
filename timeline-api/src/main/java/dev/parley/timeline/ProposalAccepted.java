package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A side accepts an open demand, proposal or offer.
 * JSON type name {@code "proposal-accepted"}.
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param position the id of the demand, proposal or offer
 * @param by the side responding
 * @param reason the stated reason or wording
 */
@JsonTypeName("proposal-accepted")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProposalAccepted(@JsonUnwrapped Envelope envelope,
        String position,
        String by,
        String reason) implements PositionResponse {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param position the id of the demand, proposal or offer
     * @param by the side responding
     * @param reason the stated reason or wording
     */
    public ProposalAccepted {
        Values.required("envelope", envelope);
        Values.id("position", position);
        by = Values.text("by", by);
        reason = Values.optionalText(reason);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onProposalAccepted(this);
    }
}
