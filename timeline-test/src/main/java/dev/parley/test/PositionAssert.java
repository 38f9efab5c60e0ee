package dev.parley.test;

import dev.parley.timeline.PartialDate;
import dev.parley.timeline.state.Position;
import dev.parley.timeline.state.PositionStatus;
import dev.parley.timeline.state.Response;
import org.assertj.core.api.AbstractObjectAssert;

import java.math.BigDecimal;
import java.util.List;

/**
 * Assertions on one demand, proposal or offer. From {@link NegotiationStateAssert#hasOffer},
 * {@link NegotiationStateAssert#hasDemand} and {@link NegotiationStateAssert#hasPosition}.
 *
 * <pre>{@code
 * assertThat(state).hasOffer("ru-offer-children").by("Russia").withQuantity(10)
 *         .withDeadline("2025-07-10").withStatus(PositionStatus.OPEN);
 * }</pre>
 */
public class PositionAssert extends AbstractObjectAssert<PositionAssert, Position> {

    /** @param actual the position */
    public PositionAssert(Position actual) {
        super(actual, PositionAssert.class);
    }

    /**
     * @param status the expected position status
     * @return this, after checking its status
     */
    public PositionAssert withStatus(PositionStatus status) {
        if (actual.status() != status) {
            failWithMessage("%nExpecting %s <%s>%nto be:%n  <%s>%nbut it is:%n  <%s>", kind(), actual.id(), status,
                    actual.status());
        }
        return this;
    }

    /**
     * @param parties the sides expected to have taken it: one side, or every member of a coalition
     * @return this, after checking exactly those sides took it, in any order
     */
    public PositionAssert by(String... parties) {
        if (actual.by().size() != parties.length || !actual.by().containsAll(List.of(parties))) {
            failWithMessage("%nExpecting %s <%s>%nto be by:%n  <%s>%nbut it is by:%n  <%s>", kind(), actual.id(),
                    String.join(", ", parties), String.join(", ", actual.by()));
        }
        return this;
    }

    /**
     * @param date the expected deadline, in {@link PartialDate} form
     * @return this, after checking its deadline ({@link PartialDate} form, e.g. "2025-07-10")
     */
    public PositionAssert withDeadline(String date) {
        PartialDate expected = PartialDate.parse(date);
        if (actual.deadline() == null || !actual.deadline().by().equals(expected)) {
            failWithMessage("%nExpecting %s <%s>%nto have deadline:%n  <%s>%nbut it has:%n  <%s>", kind(), actual.id(),
                    expected, actual.deadline() == null ? "no deadline" : actual.deadline().by());
        }
        return this;
    }

    /**
     * @param count the expected quantity
     * @return this, after checking it is about exactly that many
     */
    public PositionAssert withQuantity(int count) {
        if (actual.quantity() == null || actual.quantity().value() == null
                || actual.quantity().value().compareTo(BigDecimal.valueOf(count)) != 0) {
            failWithMessage("%nExpecting %s <%s>%nto be about:%n  <%s>%nbut it is about:%n  <%s>", kind(), actual.id(),
                    count, actual.quantity() == null ? "no quantity" : actual.quantity());
        }
        return this;
    }

    /**
     * @param count the expected number delivered so far
     * @return this, after checking how many were delivered so far
     */
    public PositionAssert withDelivered(int count) {
        if (actual.deliveredSoFar().compareTo(BigDecimal.valueOf(count)) != 0) {
            failWithMessage("%nExpecting %s <%s>%nto have delivered:%n  <%s>%nbut it delivered:%n  <%s>", kind(),
                    actual.id(), count, actual.deliveredSoFar());
        }
        return this;
    }

    /**
     * @param party the party that must have rejected the position
     * @return this, after checking {@code party} rejected it at least once
     */
    public PositionAssert rejectedBy(String party) {
        if (actual.responses().stream().noneMatch(r -> r.status() == PositionStatus.REJECTED
                && r.by().equals(party))) {
            failWithMessage("%nExpecting %s <%s>%nto be rejected by:%n  <%s>%nbut its responses are:%n  <%s>", kind(),
                    actual.id(), party, actual.responses().stream().map(ResponseText::of).toList());
        }
        return this;
    }

    private String kind() {
        return actual.kind().name().toLowerCase();
    }

    private static final class ResponseText {
        static String of(Response r) {
            return r.status() + " by " + r.by();
        }
    }
}
