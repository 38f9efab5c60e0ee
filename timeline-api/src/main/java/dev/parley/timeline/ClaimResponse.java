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

    /**
     * A response's optional parts, each set on a copy: one implementation for denials and confirmations.
     *
     * @param <C> the response type, so that a copy keeps it
     */
    sealed interface OptionalParts<C extends ClaimResponse> permits ClaimDenied, ClaimConfirmed {
        /**
         * @param quote their words
         * @return a copy with the quote
         */
        default C withQuote(String quote) {
            return copy(quote, self().summary());
        }

        /**
         * @param summary a paraphrase of their answer
         * @return a copy with the paraphrase
         */
        default C withSummary(String summary) {
            return copy(self().quote(), summary);
        }

        /** Safe: only C itself implements {@code OptionalParts<C>} (the interface is sealed to the two types). */
        @SuppressWarnings("unchecked")
        private C self() {
            return (C) this;
        }

        @SuppressWarnings("unchecked")
        private C copy(String quote, String summary) {
            C self = self();
            ClaimResponse copy = self instanceof ClaimDenied
                    ? new ClaimDenied(self.envelope(), self.claim(), self.by(), quote, summary)
                    : new ClaimConfirmed(self.envelope(), self.claim(), self.by(), quote, summary);
            return (C) copy;
        }
    }
}
