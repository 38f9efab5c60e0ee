package dev.parley.test;

import dev.parley.timeline.PartialDate;
import dev.parley.timeline.state.Action;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on one action (a strike, a blockade). From {@link NegotiationStateAssert#hasAction}.
 *
 * <pre>{@code
 * assertThat(state).hasAction("wga-strike").isOngoing();
 * assertThat(later).hasAction("wga-strike").endedOn("2023-09-27");
 * }</pre>
 */
public class ActionAssert extends AbstractObjectAssert<ActionAssert, Action> {

    /** @param actual the action */
    public ActionAssert(Action actual) {
        super(actual, ActionAssert.class);
    }

    /** @return this, after checking it has not ended */
    public ActionAssert isOngoing() {
        if (actual.status() != Action.Status.ONGOING) {
            failWithMessage("%nExpecting %s <%s>%nto be ongoing%nbut it ended on %s (%s)", actual.action(),
                    actual.id(), actual.ended(), actual.endedIn());
        }
        return this;
    }

    /**
     * @param date the expected end day, in any {@link PartialDate} form
     * @return this, after checking it ended on that day ({@link PartialDate} form)
     */
    public ActionAssert endedOn(String date) {
        PartialDate expected = PartialDate.parse(date);
        if (actual.status() != Action.Status.ENDED || !expected.equals(actual.ended())) {
            failWithMessage("%nExpecting %s <%s>%nto have ended on:%n  <%s>%nbut it %s", actual.action(), actual.id(),
                    expected, actual.status() == Action.Status.ONGOING ? "is ongoing" : "ended on " + actual.ended());
        }
        return this;
    }
}
