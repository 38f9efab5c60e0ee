package dev.parley.timeline;

/**
 * One side's part of a provision or an implementation step: "Ukraine releases 390" is
 * {@code new Share("Ukraine", Quantity.exactly(390))}.
 *
 * @param party    the side that delivers
 * @param quantity how many, possibly {@link Quantity#undisclosed()}
 */
public record Share(String party, Quantity quantity) {

    /** Requires both parts. */
    public Share {
        Values.text("share.party", party);
        Values.required("share.quantity", quantity);
    }

    @Override
    public String toString() {
        return party + ": " + quantity;
    }
}
