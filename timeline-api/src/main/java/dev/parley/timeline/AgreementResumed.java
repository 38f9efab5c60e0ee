package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

/**
 * A party that suspended an agreement takes part in it again; or, naming {@code provisions}, lifts its own
 * suspension of those provisions (another party's suspension of the same provision stays).
 * JSON type name {@code "agreement-resumed"}.
 *
 * <pre>{@code
 * AgreementResumed.of(Envelope.of("resumed", "grain-2022", "2022-11-02"), "grain-deal").by("Russia")
 * AgreementResumed.of(Envelope.of("resumes-handover", "talks", "2025-06-20"), "exchange").by("Russia")
 *         .withProvisions("bodies")
 * }</pre>
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param agreement the id of the agreement
 * @param by the party resuming
 * @param reason why, as stated
 * @param provisions the provisions whose suspension by this party ends; empty when the whole agreement resumes
 */
@JsonTypeName("agreement-resumed")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AgreementResumed(@JsonUnwrapped Envelope envelope,
        String agreement,
        String by,
        String reason,
        List<String> provisions) implements AgreementDevelopment {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param agreement the id of the agreement
     * @param by the party resuming
     * @param reason why, as stated
     * @param provisions the provisions whose suspension by this party ends; empty when the whole agreement resumes
     */
    public AgreementResumed {
        Values.required("envelope", envelope);
        Values.id("agreement", agreement);
        by = Values.text("by", by).intern();
        reason = Values.optionalText(reason);
        provisions = Values.provisionIds("provisions", provisions);
    }

    /**
     * A resumption of the whole agreement, as in format {@code parley/1} before provisions could be suspended.
     *
     * @param envelope  id, negotiation, dates, sources and refs
     * @param agreement the id of the agreement
     * @param by        the party resuming
     * @param reason    why, as stated, or null
     */
    public AgreementResumed(Envelope envelope, String agreement, String by, String reason) {
        this(envelope, agreement, by, reason, List.of());
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
        return new AgreementResumed(envelope, agreement, by, reason, provisions);
    }

    /**
     * @param provision  the first provision whose suspension by this party ends
     * @param provisions further such provisions
     * @return a copy resuming only these provisions
     */
    public AgreementResumed withProvisions(String provision, String... provisions) {
        return new AgreementResumed(envelope, agreement, by, reason, Values.listOf(provision, provisions));
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onAgreementResumed(this);
    }
}
