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
 * @param by the party suspending; optional when {@code stalled}
 * @param reason why, as stated
 * @param stalled true when nobody suspended it but it stopped moving ("implementation stalled"): the agreement is
 *                {@code STALLED} until an {@code agreement-resumed} reactivates it
 */
@JsonTypeName("agreement-suspended")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AgreementSuspended(@JsonUnwrapped Envelope envelope,
        String agreement,
        String by,
        String reason,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean stalled) implements AgreementDevelopment {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param agreement the id of the agreement
     * @param by the party suspending
     * @param reason why, as stated
     * @param stalled true when nobody suspended it but it stopped moving
     */
    public AgreementSuspended {
        Values.required("envelope", envelope);
        Values.id("agreement", agreement);
        by = stalled ? Values.optionalName(by) : Values.text("by", by).intern();
        reason = Values.optionalText(reason);
    }

    /**
     * A suspension by a party, as in format {@code parley/1} before {@code stalled}.
     *
     * @param envelope  id, negotiation, dates, sources and refs
     * @param agreement the id of the agreement
     * @param by        the party suspending
     * @param reason    why, as stated
     */
    public AgreementSuspended(Envelope envelope, String agreement, String by, String reason) {
        this(envelope, agreement, by, reason, false);
    }

    /**
     * The agreement stalled: nobody suspended it, it stopped moving ("implementation has stalled").
     *
     * @param envelope  id, negotiation, dates, sources and refs
     * @param agreement the id of the agreement ({@code agreement-reached})
     * @param reason    why, as reported; may be null
     * @return the development
     */
    public static AgreementSuspended stalled(Envelope envelope, String agreement, String reason) {
        return new AgreementSuspended(envelope, agreement, null, reason, true);
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
        return new AgreementSuspended(envelope, agreement, by, reason, stalled);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onAgreementSuspended(this);
    }
}
