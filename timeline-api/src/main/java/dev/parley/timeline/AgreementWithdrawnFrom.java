package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One party withdraws from an agreement. A bilateral agreement ends with it; a multilateral one goes on between
 * the others.
 * JSON type name {@code "agreement-withdrawn-from"}.
 *
 * <pre>{@code
 * AgreementWithdrawnFrom.of(Envelope.of("russia-out", "grain-2022", "2023-07-17"), "grain-deal").by("Russia")
 * }</pre>
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param agreement the id of the agreement
 * @param by the party withdrawing
 * @param reason why, as stated
 */
@JsonTypeName("agreement-withdrawn-from")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AgreementWithdrawnFrom(@JsonUnwrapped Envelope envelope,
        String agreement,
        String by,
        String reason) implements AgreementDevelopment {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param agreement the id of the agreement
     * @param by the party withdrawing
     * @param reason why, as stated
     */
    public AgreementWithdrawnFrom {
        Values.required("envelope", envelope);
        Values.id("agreement", agreement);
        by = Values.text("by", by).intern();
        reason = Values.optionalText(reason);
    }

    /**
     * The first stage: the agreement; {@link Development.By#by(String)} names the side withdrawing.
     *
     * @param envelope id, negotiation, dates, sources and refs
     * @param agreement the id of the agreement ({@code agreement-reached})
     * @return the stage that takes the side withdrawing
     */
    public static Development.By<AgreementWithdrawnFrom> of(Envelope envelope, String agreement) {
        return side -> new AgreementWithdrawnFrom(envelope, agreement, side, null);
    }

    /**
     * @param reason the stated reason or wording
     * @return a copy with the reason
     */
    public AgreementWithdrawnFrom withReason(String reason) {
        return new AgreementWithdrawnFrom(envelope, agreement, by, reason);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onAgreementWithdrawnFrom(this);
    }
}
