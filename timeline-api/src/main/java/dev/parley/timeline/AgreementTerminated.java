package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * An agreement ends: ended by a party, or lapsed without renewal when {@code by} is absent.
 * JSON type name {@code "agreement-terminated"}.
 *
 * <pre>{@code
 * AgreementTerminated.of(Envelope.of("terminated", "grain-2022", "2023-07-17"), "grain-deal")
 *         .withBy("Russia").withReason("no renewal")
 * }</pre>
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param agreement the id of the agreement
 * @param by the party ending it; null when it lapsed
 * @param reason why, as stated
 */
@JsonTypeName("agreement-terminated")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AgreementTerminated(@JsonUnwrapped Envelope envelope,
        String agreement,
        String by,
        String reason) implements AgreementDevelopment {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param agreement the id of the agreement
     * @param by the party ending it; null when it lapsed
     * @param reason why, as stated
     */
    public AgreementTerminated {
        Values.required("envelope", envelope);
        Values.id("agreement", agreement);
        by = Values.optionalName(by);
        reason = Values.optionalText(reason);
    }

    /**
     * @param envelope id, negotiation, dates, sources and refs
     * @param agreement the id of the agreement ({@code agreement-reached})
     * @return a termination by no named side, for no stated reason
     */
    public static AgreementTerminated of(Envelope envelope, String agreement) {
        return new AgreementTerminated(envelope, agreement, null, null);
    }

    /**
     * @param by the side that ended it
     * @return a copy naming the side
     */
    public AgreementTerminated withBy(String by) {
        return new AgreementTerminated(envelope, agreement, by, reason);
    }

    /**
     * @param reason the stated reason or wording
     * @return a copy with the reason
     */
    public AgreementTerminated withReason(String reason) {
        return new AgreementTerminated(envelope, agreement, by, reason);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onAgreementTerminated(this);
    }
}
