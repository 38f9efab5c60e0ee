package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A party suspends an agreement, or its own part in it, until it resumes.
 * JSON type name {@code "agreement-suspended"}.
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param agreement the id of the agreement
 * @param by the party suspending
 * @param reason why, as stated
 */
@JsonTypeName("agreement-suspended")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AgreementSuspended(@JsonUnwrapped Envelope envelope,
        String agreement,
        String by,
        String reason) implements AgreementDevelopment {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param agreement the id of the agreement
     * @param by the party suspending
     * @param reason why, as stated
     */
    public AgreementSuspended {
        Values.required("envelope", envelope);
        Values.id("agreement", agreement);
        by = Values.text("by", by).intern();
        reason = Values.optionalText(reason);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onAgreementSuspended(this);
    }
}
