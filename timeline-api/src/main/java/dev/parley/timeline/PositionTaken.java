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
     * The last stage of building a position: its terms. Items, quantity, criteria and deadline are optional and
     * added to the result with {@code withItems}, {@code withQuantity}, {@code withCriteria} and
     * {@code withDeadline}.
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
}
