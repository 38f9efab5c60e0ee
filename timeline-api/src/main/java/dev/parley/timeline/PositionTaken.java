package dev.parley.timeline;

import java.util.List;

/**
 * A demand, proposal or offer: a position one side takes towards others. Later developments accept, reject or
 * withdraw it by its id. All three share this shape so that rules and state treat them alike, and are built in
 * the same stages:
 *
 * <pre>{@code
 * OfferMade offer = OfferMade.by(envelope, "Russia").to("Ukraine").terms("Return 10 children")
 *         .withQuantity(Quantity.exactly(10))
 *         .withDeadline(Deadline.by("2025-07-10"));
 * }</pre>
 */
public sealed interface PositionTaken extends Development permits DemandMade, ProposalMade, OfferMade {
    /** @return the side taking the position, or the sides taking it together (a coalition); never empty */
    List<String> by();

    /** @return the sides it is addressed to */
    List<String> to();

    /** @return what is demanded, proposed or offered */
    String terms();

    /** @return the individual points */
    List<String> items();

    /** @return how many, if the position is about a number; may be null */
    Quantity quantity();

    /** @return who or what qualifies; may be null */
    String criteria();

    /** @return when it is due; may be null */
    Deadline deadline();

    /** @return who put the position forward for the side, if named; may be null */
    Agent speaker();

    /** @return the speaker's or side's own words, verbatim; may be null */
    String quote();

    /** @return the name of the coalition taking the position ("E3"), if it has one; may be null */
    String coalition();

    /**
     * The stage of {@code DemandMade.by(...)}, {@code ProposalMade.by(...)} and {@code OfferMade.by(...)} that takes
     * the addressees, or the terms directly for a position addressed to no one in particular.
     *
     * @param <P> the position built
     */
    interface To<P extends PositionTaken> extends Terms<P> {
        /**
         * @param sides the sides it is addressed to
         * @return the stage that takes the terms
         */
        Terms<P> to(String... sides);
    }

    /**
     * The last stage of building a position: its terms. Items, quantity, criteria, deadline, speaker, quote
     * and coalition name are optional and added to the result with {@code withItems}, {@code withQuantity},
     * {@code withCriteria}, {@code withDeadline}, {@code withSpeaker}, {@code withQuote} and {@code withCoalition}.
     *
     * @param <P> the position built
     */
    @FunctionalInterface
    interface Terms<P extends PositionTaken> {
        /**
         * @param terms what is demanded, proposed or offered
         * @return the position
         */
        P terms(String terms);
    }

    /**
     * A position's optional parts, each set on a copy: one implementation for demands, proposals and offers.
     *
     * @param <P> the position type, so that a copy keeps it
     */
    sealed interface OptionalParts<P extends PositionTaken> permits DemandMade, ProposalMade, OfferMade {
        /**
         * @param items the individual points, e.g. regions or names
         * @return a copy with the points
         */
        default P withItems(String... items) {
            return PositionStages.copy(self(), parts().items(Values.listOf(items)));
        }

        /**
         * @param quantity how many, where the position is about a number
         * @return a copy with the quantity
         */
        default P withQuantity(Quantity quantity) {
            return PositionStages.copy(self(), parts().quantity(quantity));
        }

        /**
         * @param criteria who or what qualifies ("under 25")
         * @return a copy with the criteria
         */
        default P withCriteria(String criteria) {
            return PositionStages.copy(self(), parts().criteria(criteria));
        }

        /**
         * @param deadline when it is due ({@link Deadline#by(String)}, {@link Deadline#soft(String)})
         * @return a copy with the deadline
         */
        default P withDeadline(Deadline deadline) {
            return PositionStages.copy(self(), parts().deadline(deadline));
        }

        /**
         * @param speaker who put the position forward for the side ({@link Agent#named})
         * @return a copy naming the speaker
         */
        default P withSpeaker(Agent speaker) {
            return PositionStages.copy(self(), parts().speaker(speaker));
        }

        /**
         * @param quote the speaker's or side's own words, verbatim
         * @return a copy with the quote
         */
        default P withQuote(String quote) {
            return PositionStages.copy(self(), parts().quote(quote));
        }

        /**
         * @param coalition the name under which the sides of {@code by} take the position together ("E3")
         * @return a copy with the coalition's name
         * @throws InvalidValueException when {@code by} names fewer than two sides
         */
        default P withCoalition(String coalition) {
            return PositionStages.copy(self(), parts().coalition(coalition));
        }

        private PositionStages.Parts parts() {
            return PositionStages.Parts.of(self());
        }

        /** Safe: only P itself implements {@code OptionalParts<P>} (the interface is sealed to the three types). */
        @SuppressWarnings("unchecked")
        private P self() {
            return (P) this;
        }
    }
}
