package dev.parley.timeline.state;

/**
 * What one side has delivered so far under a provision, summed over implementation steps.
 *
 * @param party             the side
 * @param known             the sum of the counts that were disclosed (exact counts and lower bounds)
 * @param approximate       true when some count was a bound or an approximation, so {@code known} is not exact
 * @param undisclosedSteps  steps whose count for this side was not disclosed: unknown, never zero
 */
public record Delivery(String party, int known, boolean approximate, int undisclosedSteps) {

    /** @return true when every step's count for this side was disclosed exactly */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isExact() {
        return !approximate && undisclosedSteps == 0;
    }
}
