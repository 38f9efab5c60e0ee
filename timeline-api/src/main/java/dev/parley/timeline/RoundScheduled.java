package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A round of talks is announced for a date and venue.
 * JSON type name {@code "round-scheduled"}.
 *
 * <pre>{@code
 * RoundScheduled.on(Envelope.of("round-2-scheduled", "ru-ua-2025", "2025-05-28"), "2025-06-02")
 *         .withNumber(2).withVenue("Istanbul")
 * }</pre>
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

    /**
     * @param envelope id, negotiation, dates, sources and refs
     * @param date when the round is to be held, in any {@link PartialDate} form
     * @return a scheduled round with no number or venue yet
     */
    public static RoundScheduled on(Envelope envelope, String date) {
        return new RoundScheduled(envelope, null, null, PartialDate.parse(date));
    }

    /**
     * @param number the round's number, from 1
     * @return a copy with the round's number
     */
    public RoundScheduled withNumber(int number) {
        return new RoundScheduled(envelope, number, venue, date);
    }

    /**
     * @param venue where it is to be held
     * @return a copy with the venue
     */
    public RoundScheduled withVenue(String venue) {
        return new RoundScheduled(envelope, number, venue, date);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onRoundScheduled(this);
    }
}
