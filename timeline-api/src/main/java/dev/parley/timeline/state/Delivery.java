package dev.parley.timeline.state;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.math.BigDecimal;

/**
 * What one side has delivered so far, in one unit, summed over implementation steps. Totals are exact decimals and
 * never mix units: 12.5 million tonnes and 4 billion USD are two deliveries.
 *
 * @param party             the side
 * @param unit              what is counted ("prisoners", "bodies", "USD"); null when the steps did not say
 * @param known             the sum of the counts that were disclosed (exact counts and lower bounds)
 * @param approximate       true when some count was a bound or an approximation, so {@code known} is not exact
 * @param undisclosedSteps  steps whose count for this side was not disclosed: unknown, never zero
 * @param notStatedSteps    steps whose source gave no count for this side at all: unknown, never zero, and not
 *                          known to exist either
 */
public record Delivery(String party, String unit, BigDecimal known, boolean approximate, int undisclosedSteps,
                       int notStatedSteps) {

    /**
     * Holds {@code known} without trailing zeros, so equal totals are equal however the steps were written.
     *
     * @param party the side
     * @param unit what is counted; null when the steps did not say
     * @param known the disclosed sum
     * @param approximate whether some count was a bound or an approximation
     * @param undisclosedSteps steps whose count was not disclosed
     * @param notStatedSteps steps whose source gave no count for this side
     */
    public Delivery {
        known = known == null ? BigDecimal.ZERO : known.stripTrailingZeros();
        if (known.scale() < 0) {
            known = known.setScale(0);
        }
    }

    /**
     * A delivery with no step whose count was not stated.
     *
     * @param party            the side
     * @param unit             what is counted; null when the steps did not say
     * @param known            the disclosed sum
     * @param approximate      whether some count was a bound or an approximation
     * @param undisclosedSteps steps whose count was not disclosed
     */
    public Delivery(String party, String unit, BigDecimal known, boolean approximate, int undisclosedSteps) {
        this(party, unit, known, approximate, undisclosedSteps, 0);
    }

    /**
     * A delivery of whole items with no step whose count was not stated.
     *
     * @param party            the side
     * @param unit             what is counted; null when the steps did not say
     * @param known            the disclosed sum
     * @param approximate      whether some count was a bound or an approximation
     * @param undisclosedSteps steps whose count was not disclosed
     */
    public Delivery(String party, String unit, long known, boolean approximate, int undisclosedSteps) {
        this(party, unit, BigDecimal.valueOf(known), approximate, undisclosedSteps, 0);
    }

    /**
     * A delivery of whole items counted in no stated unit.
     *
     * @param party            the side
     * @param known            the disclosed sum
     * @param approximate      whether some count was a bound or an approximation
     * @param undisclosedSteps steps whose count was not disclosed
     */
    public Delivery(String party, long known, boolean approximate, int undisclosedSteps) {
        this(party, null, BigDecimal.valueOf(known), approximate, undisclosedSteps, 0);
    }

    /** @return true when every step's count for this side was disclosed exactly */
    @JsonIgnore
    public boolean isExact() {
        return !approximate && undisclosedSteps == 0 && notStatedSteps == 0;
    }
}
