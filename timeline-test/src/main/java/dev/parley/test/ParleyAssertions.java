package dev.parley.test;

import dev.parley.timeline.Development;
import dev.parley.timeline.state.NegotiationState;
import org.assertj.core.api.Assertions;

import java.util.List;

/**
 * The one entry point for assertions: everything in AssertJ's {@link Assertions}, plus Parley's domain
 * assertions. Import it statically instead of {@code Assertions}.
 *
 * <pre>{@code
 * import static dev.parley.test.ParleyAssertions.assertThat;
 *
 * assertThat(state).hasRound(2).heldAt("Istanbul");
 * assertThat(state).hasOffer("ru-offer-children").withDeadline("2025-07-10").withStatus(PositionStatus.OPEN);
 * assertThat(development).hasSource("Axios");
 * }</pre>
 */
public class ParleyAssertions extends Assertions {

    /** For subclasses that add their own entry points. */
    protected ParleyAssertions() {
    }

    /**
     * @param actual a negotiation state
     * @return assertions on it
     */
    public static NegotiationStateAssert assertThat(NegotiationState actual) {
        return new NegotiationStateAssert(actual);
    }

    /**
     * @param actual a development
     * @return assertions on it
     */
    public static DevelopmentAssert assertThat(Development actual) {
        return new DevelopmentAssert(actual);
    }

    /**
     * Named differently from {@code assertThat} so that it does not clash with AssertJ's list assertions.
     *
     * @param actual developments, e.g. a history or a timeline
     * @return assertions on them
     */
    public static DevelopmentsAssert assertThatDevelopments(List<? extends Development> actual) {
        return new DevelopmentsAssert(actual);
    }
}
