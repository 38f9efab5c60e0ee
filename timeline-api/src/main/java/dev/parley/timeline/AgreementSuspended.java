package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A party suspends an agreement, or its own part in it, until it resumes.
 * JSON type name {@code "agreement-suspended"}.
 *
 * <pre>{@code
 * AgreementSuspended.of(Envelope.of("suspended", "grain-2022", "2022-10-29"), "grain-deal").by("Russia")
 *         .withReason("drone attack on its fleet")
 * }</pre>
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

    /**
     * The first stage: the agreement; {@link Development.By#by(String)} names the side suspending it.
     *
     * @param envelope id, negotiation, dates, sources and refs
     * @param agreement the id of the agreement ({@code agreement-reached})
     * @return the stage that takes the side suspending it
     */
    public static Development.By<AgreementSuspended> of(Envelope envelope, String agreement) {
        return side -> new AgreementSuspended(envelope, agreement, side, null);
    }

    /**
     * @param reason the stated reason or wording
     * @return a copy with the reason
     */
    public AgreementSuspended withReason(String reason) {
        return new AgreementSuspended(envelope, agreement, by, reason);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onAgreementSuspended(this);
    }
}
