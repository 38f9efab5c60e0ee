package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * Someone confirms an earlier claim.
 * JSON type name {@code "claim-confirmed"}.
 *
 * <pre>{@code
 * ClaimConfirmed.of(Envelope.of("confirmed", "ru-ua-2025", "2025-06-05"), "ua-claim")
 *         .by(Agent.outlet("Observer Mission"))
 * }</pre>
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param claim the id of the claim
 * @param by who responds
 * @param quote their words, verbatim, if reported
 * @param summary a paraphrase of their answer, when there is no verbatim quote or it needs context
 */
@JsonTypeName("claim-confirmed")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ClaimConfirmed(@JsonUnwrapped Envelope envelope,
        String claim,
        Agent by,
        String quote,
        String summary) implements ClaimResponse, ClaimResponse.OptionalParts<ClaimConfirmed> {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param claim the id of the claim
     * @param by who responds
     * @param quote their words, verbatim, if reported
     * @param summary a paraphrase of their answer, when there is no verbatim quote or it needs context
     */
    public ClaimConfirmed {
        Values.required("envelope", envelope);
        Values.id("claim", claim);
        Values.required("by", by);
        quote = Values.optionalText(quote);
        summary = Values.optionalText(summary);
    }

    /**
     * An answer quoted, or with no words at all, as in format {@code parley/1} before {@code summary}.
     *
     * @param envelope id, negotiation, dates, sources and refs
     * @param claim    the id of the claim
     * @param by       who responds
     * @param quote    their words, verbatim, or null
     */
    public ClaimConfirmed(Envelope envelope, String claim, Agent by, String quote) {
        this(envelope, claim, by, quote, null);
    }

    /**
     * The first stage: the claim; {@link ClaimResponse.Responder#by(Agent)} names who confirms it.
     *
     * @param envelope id, negotiation, dates, sources and refs
     * @param claim the id of the claim
     * @return the stage that takes who confirms it
     */
    public static ClaimResponse.Responder<ClaimConfirmed> of(Envelope envelope, String claim) {
        return by -> new ClaimConfirmed(envelope, claim, by, null, null);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onClaimConfirmed(this);
    }
}
