package dev.parley.test;

import dev.parley.timeline.state.Position;
import org.assertj.core.api.AbstractObjectAssert;

import java.util.List;
import java.util.function.Predicate;

/**
 * Assertions on a group of positions (e.g. the open demands); each check narrows the group to the positions that
 * pass it. From {@link NegotiationStateAssert#hasOpenDemand()} and friends.
 *
 * <pre>{@code
 * assertThat(state).hasOpenDemand().by("Russia").containing("Donetsk");
 * }</pre>
 */
public class PositionsAssert extends AbstractObjectAssert<PositionsAssert, List<Position>> {
    private final String description;

    PositionsAssert(String description, List<Position> actual) {
        super(actual, PositionsAssert.class);
        this.description = description;
    }

    /**
     * @param party the party that took the positions
     * @return assertions on the positions taken by {@code party}, alone or in a coalition, after checking there is one
     */
    public PositionsAssert by(String party) {
        return narrow("by " + party, p -> p.by().contains(party));
    }

    /**
     * @param party the party the positions are addressed to
     * @return assertions on the positions addressed to {@code party}, after checking there is one
     */
    public PositionsAssert to(String party) {
        return narrow("to " + party, p -> p.to().contains(party));
    }

    /**
     * @param text the text the terms or items must mention
     * @return assertions on the positions whose terms or items mention {@code text}, after checking there is one
     */
    public PositionsAssert containing(String text) {
        return narrow("containing \"" + text + "\"", p -> p.terms().contains(text)
                || p.items().stream().anyMatch(i -> i.contains(text)));
    }

    private PositionsAssert narrow(String condition, Predicate<Position> test) {
        List<Position> matching = actual.stream().filter(test).toList();
        if (matching.isEmpty()) {
            failWithMessage("%nExpecting an %s %s%nbut the %ss are:%n  <%s>", description, condition, description,
                    actual.stream().map(p -> p.id() + " by " + String.join(", ", p.by()) + ": " + p.terms() + " " + p.items()).toList());
        }
        return new PositionsAssert(description + " " + condition, matching);
    }
}
