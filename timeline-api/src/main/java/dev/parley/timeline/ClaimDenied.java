package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * Someone denies an earlier claim.
 * JSON type name {@code "claim-denied"}.
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param claim the id of the claim
 * @param by who responds
 * @param quote their words, verbatim, if reported
 */
@JsonTypeName("claim-denied")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ClaimDenied(@JsonUnwrapped Envelope envelope,
        String claim,
        Agent by,
        String quote) implements ClaimResponse {

    /** Validates the content; the envelope validates itself. */
    public ClaimDenied {
        Values.required("envelope", envelope);
        Values.id("claim", claim);
        Values.required("by", by);
        quote = Values.optionalText(quote);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onClaimDenied(this);
    }
}
