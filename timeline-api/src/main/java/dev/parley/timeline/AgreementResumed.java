package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A party that suspended an agreement takes part in it again.
 * JSON type name {@code "agreement-resumed"}.
 *
 * <pre>{@code
 * AgreementResumed.of(Envelope.of("resumed", "grain-2022", "2022-11-02"), "grain-deal").by("Russia")
 * }</pre>
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param agreement the id of the agreement
 * @param by the party resuming
 * @param reason why, as stated
 */
@JsonTypeName("agreement-resumed")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AgreementResumed(@JsonUnwrapped Envelope envelope,
        String agreement,
        String by,
        String reason) implements AgreementDevelopment {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param agreement the id of the agreement
     * @param by the party resuming
     * @param reason why, as stated
     */
    public AgreementResumed {
        Values.required("envelope", envelope);
        Values.id("agreement", agreement);
        by = Values.text("by", by).intern();
        reason = Values.optionalText(reason);
    }

    /**
     * The first stage: the agreement; {@link Development.By#by(String)} names the side resuming it.
     *
     * @param envelope id, negotiation, dates, sources and refs
     * @param agreement the id of the agreement ({@code agreement-reached})
     * @return the stage that takes the side resuming it
     */
    public static Development.By<AgreementResumed> of(Envelope envelope, String agreement) {
        return side -> new AgreementResumed(envelope, agreement, side, null);
    }

    /**
     * @param reason the stated reason or wording
     * @return a copy with the reason
     */
    public AgreementResumed withReason(String reason) {
        return new AgreementResumed(envelope, agreement, by, reason);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onAgreementResumed(this);
    }
}
