package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * Someone denies an earlier claim.
 * JSON type name {@code "claim-denied"}.
 *
 * <pre>{@code
 * ClaimDenied.of(Envelope.of("ru-denies", "ru-ua-2025", "2025-06-02"), "ua-claim")
 *         .by(Agent.named("Vladimir Medinsky", "Head of the Russian delegation", "Russia"))
 *         .withQuote("There is no kidnapping.")
 * }</pre>
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param claim the id of the claim
 * @param by who responds
 * @param quote their words, verbatim, if reported
 * @param summary a paraphrase of their answer, when there is no verbatim quote or it needs context
 */
@JsonTypeName("claim-denied")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ClaimDenied(@JsonUnwrapped Envelope envelope,
        String claim,
        Agent by,
        String quote,
        String summary) implements ClaimResponse, ClaimResponse.OptionalParts<ClaimDenied> {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param claim the id of the claim
     * @param by who responds
     * @param quote their words, verbatim, if reported
     * @param summary a paraphrase of their answer, when there is no verbatim quote or it needs context
     */
    public ClaimDenied {
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
    public ClaimDenied(Envelope envelope, String claim, Agent by, String quote) {
        this(envelope, claim, by, quote, null);
    }

    /**
     * The first stage: the claim; {@link ClaimResponse.Responder#by(Agent)} names who denies it.
     *
     * @param envelope id, negotiation, dates, sources and refs
     * @param claim the id of the claim
     * @return the stage that takes who denies it
     */
    public static ClaimResponse.Responder<ClaimDenied> of(Envelope envelope, String claim) {
        return by -> new ClaimDenied(envelope, claim, by, null, null);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onClaimDenied(this);
    }
}
