package dev.parley.test;

import dev.parley.timeline.Development;
import dev.parley.timeline.state.NegotiationState;
import org.assertj.core.api.SoftAssertions;

/**
 * Soft assertions: collect every failed check, then report them together. Checks made directly on the state or
 * development (the methods that return the same assert, such as {@code hasTitle}, {@code hasParticipant},
 * {@code hasStatementBy}, {@code hasSource}) are collected; the navigating ones ({@code hasRound(2).heldAt(..)})
 * fail at once, as in AssertJ.
 *
 * <pre>{@code
 * ParleySoftAssertions softly = new ParleySoftAssertions();
 * softly.assertThat(state).hasTitle("Talks").hasStatementBy("Rustem Umerov");
 * softly.assertThat(offer).hasSource("Axios");
 * softly.assertAll();
 * }</pre>
 */
public class ParleySoftAssertions extends SoftAssertions {

    /**
     * @param actual a negotiation state
     * @return soft assertions on it
     */
    public NegotiationStateAssert assertThat(NegotiationState actual) {
        return proxy(NegotiationStateAssert.class, NegotiationState.class, actual);
    }

    /**
     * @param actual a development
     * @return soft assertions on it
     */
    public DevelopmentAssert assertThat(Development actual) {
        return proxy(DevelopmentAssert.class, Development.class, actual);
    }
}
