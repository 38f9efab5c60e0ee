package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

/**
 * Someone asserts a fact that others may deny or confirm.
 * JSON type name {@code "claim-made"}.
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param claimant who makes the claim
 * @param claim the claim in words
 * @param to the sides or people it was addressed to, if the source says
 */
@JsonTypeName("claim-made")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ClaimMade(@JsonUnwrapped Envelope envelope,
        String claimant,
        String claim,
        List<String> to) implements Development {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param claimant who makes the claim
     * @param claim the claim in words
     * @param to the sides or people it was addressed to, if the source says
     */
    public ClaimMade {
        Values.required("envelope", envelope);
        claimant = Values.text("claimant", claimant);
        claim = Values.text("claim", claim);
        to = Values.names("to", to);
    }

    /**
     * A claim with no addressee, as in format {@code parley/1} before {@code to}.
     *
     * @param envelope id, negotiation, dates, sources and refs
     * @param claimant who makes the claim
     * @param claim    the claim in words
     */
    public ClaimMade(Envelope envelope, String claimant, String claim) {
        this(envelope, claimant, claim, List.of());
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onClaimMade(this);
    }
}
