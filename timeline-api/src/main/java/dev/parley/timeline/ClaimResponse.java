package dev.parley.timeline;

/** A denial or confirmation of an earlier claim. */
public sealed interface ClaimResponse extends Development permits ClaimDenied, ClaimConfirmed {
    /** @return the id of the claim */
    String claim();

    /** @return who responds */
    Agent by();

    /** @return their words, if reported; may be null */
    String quote();

    /** @return a paraphrase of their answer; may be null */
    String summary();
    /**
     * The last stage of {@code ClaimDenied.of(...)} and {@code ClaimConfirmed.of(...)}: who responds.
     *
     * @param <C> the response built
     */
    @FunctionalInterface
    interface Responder<C extends ClaimResponse> {
        /**
         * @param agent who denies or confirms the claim
         * @return the response, with no quote or paraphrase yet
         */
        C by(Agent agent);
    }
}
