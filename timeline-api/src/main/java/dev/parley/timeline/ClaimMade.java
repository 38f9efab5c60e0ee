package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

/**
 * Someone asserts a fact that others may deny or confirm.
 * JSON type name {@code "claim-made"}.
 *
 * <pre>{@code
 * ClaimMade.by(Envelope.of("ua-claim", "ru-ua-2025", "2025-06-02"), "Ukraine").that("children were abducted")
 *         .withAddressees("United Nations")
 * }</pre>
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

    /**
     * The first stage: who claims; {@link That#that(String)} says what.
     *
     * @param envelope id, negotiation, dates, sources and refs
     * @param claimant who makes the claim
     * @return the stage that takes the claim
     */
    public static That by(Envelope envelope, String claimant) {
        return claim -> new ClaimMade(envelope, claimant, claim, List.of());
    }

    /**
     * @param sides the sides it is addressed to
     * @return a copy naming whom it is addressed to
     */
    public ClaimMade withAddressees(String... sides) {
        return new ClaimMade(envelope, claimant, claim, Values.listOf(sides));
    }

    /** The last stage of {@link #by(Envelope, String)}: the claim. */
    @FunctionalInterface
    public interface That {
        /**
         * @param claim what is claimed
         * @return the development
         */
        ClaimMade that(String claim);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onClaimMade(this);
    }
}
