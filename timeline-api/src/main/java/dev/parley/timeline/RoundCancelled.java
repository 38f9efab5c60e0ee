package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A scheduled round is called off.
 * JSON type name {@code "round-cancelled"}.
 *
 * <pre>{@code
 * RoundCancelled.round(Envelope.of("round-2-called-off", "ru-ua-2025", "2025-05-31"), 2)
 *         .withBy("Ukraine").withReason("no memorandum received")
 * }</pre>
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

    /**
     * @param envelope id, negotiation, dates, sources and refs
     * @param number the number of the round called off
     * @return a cancellation by no named side, for no stated reason
     */
    public static RoundCancelled round(Envelope envelope, int number) {
        return new RoundCancelled(envelope, number, null, null);
    }

    /**
     * @param by the side that called it off
     * @return a copy naming the side
     */
    public RoundCancelled withBy(String by) {
        return new RoundCancelled(envelope, number, by, reason);
    }

    /**
     * @param reason the stated reason or wording
     * @return a copy with the reason
     */
    public RoundCancelled withReason(String reason) {
        return new RoundCancelled(envelope, number, by, reason);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onRoundCancelled(this);
    }
}
