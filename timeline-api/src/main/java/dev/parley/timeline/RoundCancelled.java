package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A scheduled round is called off.
 * JSON type name {@code "round-cancelled"}.
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param number the round's number (required): the round scheduled under that number
 * @param by who called it off, if known
 * @param reason why, as reported
 */
@JsonTypeName("round-cancelled")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RoundCancelled(@JsonUnwrapped Envelope envelope,
        Integer number,
        String by,
        String reason) implements Development {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param number the round's number (required): the round scheduled under that number
     * @param by who called it off, if known
     * @param reason why, as reported
     */
    public RoundCancelled {
        Values.required("envelope", envelope);
        Values.required("number", number);
        Values.positive("number", number);
        by = Values.optionalName(by);
        reason = Values.optionalText(reason);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onRoundCancelled(this);
    }
}
