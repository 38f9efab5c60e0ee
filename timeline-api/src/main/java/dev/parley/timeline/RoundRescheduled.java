package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A scheduled round moves to another date or venue, or is postponed with no new date.
 * JSON type name {@code "round-rescheduled"}.
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param number the round's number (required): the round scheduled under that number
 * @param date the new date; null when postponed without one
 * @param venue the new venue, if it changes
 * @param reason why, as reported
 */
@JsonTypeName("round-rescheduled")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RoundRescheduled(@JsonUnwrapped Envelope envelope,
        Integer number,
        PartialDate date,
        String venue,
        String reason) implements Development {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param number the round's number (required): the round scheduled under that number
     * @param date the new date; null when postponed without one
     * @param venue the new venue, if it changes
     * @param reason why, as reported
     */
    public RoundRescheduled {
        Values.required("envelope", envelope);
        Values.required("number", number);
        Values.positive("number", number);
        venue = Values.optionalText(venue);
        reason = Values.optionalText(reason);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onRoundRescheduled(this);
    }
}
