package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * An agreement ends: ended by a party, or lapsed without renewal when {@code by} is absent.
 * JSON type name {@code "agreement-terminated"}.
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

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onAgreementTerminated(this);
    }
}
