package dev.parley.timeline.state;

/**
 * What one side has delivered so far, in one unit, summed over implementation steps.
 *
 * @param party             the side
 * @param unit              what is counted ("prisoners", "bodies"); null when the steps did not say
 * @param known             the sum of the counts that were disclosed (exact counts and lower bounds)
 * @param approximate       true when some count was a bound or an approximation, so {@code known} is not exact
 * @param undisclosedSteps  steps whose count for this side was not disclosed: unknown, never zero
 */
public record Delivery(String party, String unit, int known, boolean approximate, int undisclosedSteps) {

    /**
     * A delivery counted in no stated unit.
     *
     * @param party            the side
     * @param known            the disclosed sum
     * @param approximate      whether some count was a bound or an approximation
     * @param undisclosedSteps steps whose count was not disclosed
     */
    public Delivery(String party, int known, boolean approximate, int undisclosedSteps) {
        this(party, null, known, approximate, undisclosedSteps);
    }

    /** @return true when every step's count for this side was disclosed exactly */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isExact() {
        return !approximate && undisclosedSteps == 0;
    }
}
