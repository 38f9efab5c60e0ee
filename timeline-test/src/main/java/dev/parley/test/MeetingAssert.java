package dev.parley.test;

import dev.parley.timeline.state.Meeting;
import org.assertj.core.api.AbstractObjectAssert;

import java.util.List;

/**
 * Assertions on one meeting proposed. From {@link NegotiationStateAssert#hasMeeting}.
 *
 * <pre>{@code
 * assertThat(state).hasMeeting("ru-proposes-istanbul").withStatus(Meeting.Status.HELD).heldIn("round-1");
 * }</pre>
 */
public class MeetingAssert extends AbstractObjectAssert<MeetingAssert, Meeting> {

    /** @param actual the meeting */
    public MeetingAssert(Meeting actual) {
        super(actual, MeetingAssert.class);
    }

    /**
     * @param status the expected meeting status
     * @return this, after checking whether it was held
     */
    public MeetingAssert withStatus(Meeting.Status status) {
        if (actual.status() != status) {
            failWithMessage("%nExpecting meeting <%s>%nto be:%n  <%s>%nbut it is:%n  <%s>", actual.id(), status,
                    actual.status());
        }
        return this;
    }

    /**
     * @param developmentId the id of the development that says the meeting took place
     * @return this, after checking the development says it took place
     */
    public MeetingAssert heldIn(String developmentId) {
        if (!actual.heldBy().contains(developmentId)) {
            failWithMessage("%nExpecting meeting <%s>%nto be held in:%n  <%s>%nbut it was held in:%n  <%s>",
                    actual.id(), developmentId, actual.heldBy());
        }
        return this;
    }

    /**
     * @param sides the sides expected to have proposed the meeting
     * @return this, after checking who proposed it, in any order
     */
    public MeetingAssert proposedBy(String... sides) {
        if (actual.by().size() != sides.length || !actual.by().containsAll(List.of(sides))) {
            failWithMessage("%nExpecting meeting <%s>%nto be proposed by:%n  <%s>%nbut it was proposed by:%n  <%s>",
                    actual.id(), List.of(sides), actual.by());
        }
        return this;
    }
}
