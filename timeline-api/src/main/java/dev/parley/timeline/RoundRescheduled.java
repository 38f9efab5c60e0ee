package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A scheduled round, or a proposed meeting, moves to another date or venue, or is postponed with no new date.
 * JSON type name {@code "round-rescheduled"}.
 *
 * <pre>{@code
 * RoundRescheduled.round(Envelope.of("round-2-moved", "ru-ua-2025", "2025-05-30"), 2)
 *         .withDate("2025-06-02").withReason("the venue changed")
 * }</pre>
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param number the round's number (required): the round scheduled under that number
 * @param date the new date; null when postponed without one
 * @param venue the new venue, if it changes
 * @param reason why, as reported
 * @param meeting the id of the {@code meeting-proposed} moved, instead of a round's number
 */
@JsonTypeName("round-rescheduled")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RoundRescheduled(@JsonUnwrapped Envelope envelope,
        Integer number,
        PartialDate date,
        String venue,
        String reason,
        String meeting) implements Development {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param number the round's number (required): the round scheduled under that number
     * @param date the new date; null when postponed without one
     * @param venue the new venue, if it changes
     * @param reason why, as reported
     * @param meeting the id of the {@code meeting-proposed} moved, instead of a round's number
     */
    public RoundRescheduled {
        Values.required("envelope", envelope);
        Values.optionalId("meeting", meeting);
        if ((number == null) == (meeting == null)) {
            throw new InvalidValueException("number", "name either the round's number or the meeting proposed");
        }
        Values.positive("number", number);
        venue = Values.optionalText(venue);
        reason = Values.optionalText(reason);
    }

    /**
     * @param envelope id, negotiation, dates, sources and refs
     * @param number the number of the round that moves
     * @return a rescheduling with no new date, venue or reason yet
     */
    public static RoundRescheduled round(Envelope envelope, int number) {
        return new RoundRescheduled(envelope, number, null, null, null, null);
    }

    /**
     * A round rescheduled, as in format {@code parley/1} before {@code meeting}.
     *
     * @param envelope id, negotiation, dates, sources and refs
     * @param number   the round's number
     * @param date     the new date; null when postponed without one
     * @param venue    the new venue, if it changes
     * @param reason   why, as reported
     */
    public RoundRescheduled(Envelope envelope, Integer number, PartialDate date, String venue, String reason) {
        this(envelope, number, date, venue, reason, null);
    }

    /**
     * @param envelope id, negotiation, dates, sources and refs
     * @param meeting  the id of the {@code meeting-proposed}
     * @return the meeting postponed with no new date yet; {@link #withDate(String)} moves it to one
     */
    public static RoundRescheduled meeting(Envelope envelope, String meeting) {
        return new RoundRescheduled(envelope, null, null, null, null, Values.id("meeting", meeting));
    }

    /**
     * @param date the new date, in any {@link PartialDate} form
     * @return a copy with the new date
     */
    public RoundRescheduled withDate(String date) {
        return new RoundRescheduled(envelope, number, PartialDate.parse(date), venue, reason, meeting);
    }

    /**
     * @param venue the new venue
     * @return a copy with the new venue
     */
    public RoundRescheduled withVenue(String venue) {
        return new RoundRescheduled(envelope, number, date, venue, reason, meeting);
    }

    /**
     * @param reason the stated reason or wording
     * @return a copy with the reason
     */
    public RoundRescheduled withReason(String reason) {
        return new RoundRescheduled(envelope, number, date, venue, reason, meeting);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onRoundRescheduled(this);
    }
}
