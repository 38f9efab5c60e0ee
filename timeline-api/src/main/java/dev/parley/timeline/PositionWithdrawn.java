package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The side that took a position withdraws it.
 * JSON type name {@code "position-withdrawn"}.
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param position the id of the demand, proposal or offer
 * @param by the side responding
 * @param reason the stated reason or wording
 */
@JsonTypeName("position-withdrawn")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PositionWithdrawn(@JsonUnwrapped Envelope envelope,
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
    public PositionWithdrawn {
        Values.required("envelope", envelope);
        Values.id("position", position);
        by = Values.text("by", by);
        reason = Values.optionalText(reason);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onPositionWithdrawn(this);
    }
}
