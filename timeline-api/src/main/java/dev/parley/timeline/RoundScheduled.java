package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A round of talks is announced for a date and venue.
 * JSON type name {@code "round-scheduled"}.
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param number the round's number, if the sources number rounds
 * @param venue where it is to take place
 * @param date when it is to take place
 */
@JsonTypeName("round-scheduled")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RoundScheduled(@JsonUnwrapped Envelope envelope,
        Integer number,
        String venue,
        PartialDate date) implements Development {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param number the round's number, if the sources number rounds
     * @param venue where it is to take place
     * @param date when it is to take place
     */
    public RoundScheduled {
        Values.required("envelope", envelope);
        Values.positive("number", number);
        venue = Values.optionalText(venue);
        Values.required("date", date);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onRoundScheduled(this);
    }
}
