package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

/**
 * A party suspends an agreement, or its own part in it, until it resumes; or, naming {@code provisions}, only those
 * provisions (a handover, a return, a tariff measure) while the rest of the agreement stays in force. Suspensions of
 * provisions by different parties may overlap and are lifted separately, each by its party's
 * {@link AgreementResumed} naming the provisions, or when its {@code until} date (or {@code days} from its own date)
 * has passed. JSON type name {@code "agreement-suspended"}.
 *
 * <pre>{@code
 * AgreementSuspended.of(Envelope.of("suspended", "grain-2022", "2022-10-29"), "grain-deal").by("Russia")
 *         .withReason("drone attack on its fleet")
 * AgreementSuspended.of(Envelope.of("pause", "trade-2025", "2025-05-12"), "geneva").by("United States")
 *         .withProvisions("reciprocal-tariff").forDays(90)
 * }</pre>
 *
 * @param envelope   id, negotiation, dates, sources and refs (inlined in JSON)
 * @param agreement  the id of the agreement
 * @param by         the party suspending
 * @param reason     why, as stated
 * @param provisions the provisions suspended; empty when the whole agreement (or the party's part in it) is
 * @param until      for suspended provisions, the day the suspension ends unless resumed before; null when open-ended
 * @param days       for suspended provisions, how many days from its own date the suspension lasts; null when not
 *                   stated
 */
@JsonTypeName("agreement-suspended")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AgreementSuspended(@JsonUnwrapped Envelope envelope,
        String agreement,
        String by,
        String reason,
        List<String> provisions,
        PartialDate until,
        Integer days) implements AgreementDevelopment {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope   id, negotiation, dates, sources and refs (inlined in JSON)
     * @param agreement  the id of the agreement
     * @param by         the party suspending
     * @param reason     why, as stated
     * @param provisions the provisions suspended; empty when the whole agreement (or the party's part in it) is
     * @param until      for suspended provisions, the day the suspension ends unless resumed before
     * @param days       for suspended provisions, how many days from its own date the suspension lasts
     */
    public AgreementSuspended {
        Values.required("envelope", envelope);
        Values.id("agreement", agreement);
        by = Values.text("by", by).intern();
        reason = Values.optionalText(reason);
        provisions = Values.provisionIds("provisions", provisions);
        Values.positive("days", days);
        if (provisions.isEmpty() && (until != null || days != null)) {
            throw new InvalidValueException(until != null ? "until" : "days", "a term of a suspension is given for "
                    + "suspended provisions; a whole agreement is suspended until it is resumed");
        }
    }

    /**
     * A suspension of the whole agreement, as in format {@code parley/1} before provisions could be suspended.
     *
     * @param envelope  id, negotiation, dates, sources and refs
     * @param agreement the id of the agreement
     * @param by        the party suspending
     * @param reason    why, as stated, or null
     */
    public AgreementSuspended(Envelope envelope, String agreement, String by, String reason) {
        this(envelope, agreement, by, reason, List.of(), null, null);
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
        return new AgreementSuspended(envelope, agreement, by, reason, provisions, until, days);
    }

    /**
     * @param provision  the first provision suspended
     * @param provisions further provisions suspended by the same development
     * @return a copy suspending only these provisions; the rest of the agreement stays in force
     */
    public AgreementSuspended withProvisions(String provision, String... provisions) {
        return new AgreementSuspended(envelope, agreement, by, reason, Values.listOf(provision, provisions), until,
                days);
    }

    /**
     * @param until the day the suspension of the provisions ends unless resumed before
     * @return a copy with that end
     */
    public AgreementSuspended until(PartialDate until) {
        return new AgreementSuspended(envelope, agreement, by, reason, provisions, until, days);
    }

    /**
     * @param days how many days from its own date the suspension of the provisions lasts ("for 90 days")
     * @return a copy with that term
     */
    public AgreementSuspended forDays(int days) {
        return new AgreementSuspended(envelope, agreement, by, reason, provisions, until, days);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onAgreementSuspended(this);
    }
}
