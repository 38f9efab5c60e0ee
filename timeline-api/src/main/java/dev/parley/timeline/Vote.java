package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.stream.Stream;

/**
 * The result of a vote as reported: the shares for and against, abstentions, turnout and the threshold, each a
 * {@link Quantity} in its own unit (votes, members, per cent), and whether it passed. Parley records the figures
 * as given and never derives one from the others: a source may give a share of the votes cast and a turnout of the
 * membership. In JSON
 * {@code {"for": {"value": 78.8, "unit": "per cent"}, "turnout": {"value": 38, "unit": "per cent"}, "passed": true}}.
 *
 * <pre>{@code
 * Vote.passed(true).withFor(Quantity.exactly("78.8").withUnit("per cent"))
 *         .withAgainst(Quantity.exactly("21.2").withUnit("per cent"))
 * }</pre>
 *
 * @param inFavour  the votes or share for ({@code "for"} in JSON)
 * @param against   the votes or share against
 * @param abstained the abstentions
 * @param turnout   how many of those entitled voted
 * @param threshold what was needed to pass ("a two-thirds majority" is {@code 66.67 per cent}, or a count)
 * @param passed    whether it passed, as reported; null when the source does not say
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Vote(@JsonProperty("for") Quantity inFavour, Quantity against, Quantity abstained, Quantity turnout,
                   Quantity threshold, Boolean passed) {

    /**
     * Requires at least one figure or the outcome: a vote with nothing in it is no result.
     *
     * @param inFavour the votes or share for
     * @param against the votes or share against
     * @param abstained the abstentions
     * @param turnout how many of those entitled voted
     * @param threshold what was needed to pass
     * @param passed whether it passed; null when the source does not say
     */
    public Vote {
        if (passed == null && Stream.of(inFavour, against, abstained, turnout, threshold).allMatch(q -> q == null)) {
            throw new InvalidValueException("vote", "needs at least one of for, against, abstained, turnout, "
                    + "threshold or passed");
        }
    }

    /**
     * @param passed whether the vote passed
     * @return a vote with only its outcome; add the figures with the {@code with} methods
     */
    public static Vote passed(boolean passed) {
        return new Vote(null, null, null, null, null, passed);
    }

    /**
     * @param votes the votes or share for
     * @return a copy with it
     */
    public Vote withFor(Quantity votes) {
        return new Vote(votes, against, abstained, turnout, threshold, passed);
    }

    /**
     * @param votes the votes or share against
     * @return a copy with it
     */
    public Vote withAgainst(Quantity votes) {
        return new Vote(inFavour, votes, abstained, turnout, threshold, passed);
    }

    /**
     * @param votes the abstentions
     * @return a copy with them
     */
    public Vote withAbstained(Quantity votes) {
        return new Vote(inFavour, against, votes, turnout, threshold, passed);
    }

    /**
     * @param share how many of those entitled voted
     * @return a copy with the turnout
     */
    public Vote withTurnout(Quantity share) {
        return new Vote(inFavour, against, abstained, share, threshold, passed);
    }

    /**
     * @param needed what was needed to pass
     * @return a copy with the threshold
     */
    public Vote withThreshold(Quantity needed) {
        return new Vote(inFavour, against, abstained, turnout, needed, passed);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(passed == null ? "vote" : passed ? "passed" : "failed");
        String figures = String.join(", ", Stream.of(
                        inFavour == null ? null : inFavour + " for",
                        against == null ? null : against + " against",
                        abstained == null ? null : abstained + " abstained",
                        turnout == null ? null : "turnout " + turnout,
                        threshold == null ? null : "needed " + threshold)
                .filter(s -> s != null).toList());
        return figures.isEmpty() ? text.toString() : text.append(": ").append(figures).toString();
    }
}
