package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

/**
 * Someone proposes that the sides meet: by whom, with whom, where, when and on what conditions. Not a position:
 * the meeting is {@code PROPOSED} until a development with a {@link RefKind#FULFILS} ref to it (usually a
 * {@code round-held}) makes it {@code HELD}.
 * JSON type name {@code "meeting-proposed"}.
 *
 * <pre>{@code
 * MeetingProposed.by(Envelope.of("meeting-proposed", "ru-ua-2025", "2025-05-27"), "Russia")
 *         .withCounterparts("Ukraine").withVenue("Istanbul").withDate("2025-06-02")
 * }</pre>
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param by who proposes it, one side or several; in JSON a string or a list
 * @param with who is to meet
 * @param venue where, if proposed
 * @param date when, if proposed
 * @param preconditions conditions set for the meeting to happen
 */
@JsonTypeName("meeting-proposed")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record MeetingProposed(@JsonUnwrapped Envelope envelope,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> by,
        List<String> with,
        String venue,
        PartialDate date,
        List<String> preconditions) implements Development {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param by who proposes it, one side or several; in JSON a string or a list
     * @param with who is to meet
     * @param venue where, if proposed
     * @param date when, if proposed
     * @param preconditions conditions set for the meeting to happen
     */
    public MeetingProposed {
        Values.required("envelope", envelope);
        by = Values.someNames("by", by);
        with = Values.names("with", with);
        venue = Values.optionalText(venue);
        preconditions = Values.texts("preconditions", preconditions);
    }

    /**
     * @param envelope id, negotiation, dates, sources and refs
     * @param sides the side proposing, or the sides proposing together
     * @return a proposed meeting with no counterparts, venue, date or preconditions yet
     */
    public static MeetingProposed by(Envelope envelope, String... sides) {
        return new MeetingProposed(envelope, Values.listOf(sides), List.of(), null, null, List.of());
    }

    /**
     * @param sides the sides the meeting would be with
     * @return a copy naming whom the meeting would be with
     */
    public MeetingProposed withCounterparts(String... sides) {
        return new MeetingProposed(envelope, by, Values.listOf(sides), venue, date, preconditions);
    }

    /**
     * @param venue where it would be held
     * @return a copy with the venue
     */
    public MeetingProposed withVenue(String venue) {
        return new MeetingProposed(envelope, by, with, venue, date, preconditions);
    }

    /**
     * @param date when it would be held, in any {@link PartialDate} form
     * @return a copy with the date
     */
    public MeetingProposed withDate(String date) {
        return new MeetingProposed(envelope, by, with, venue, PartialDate.parse(date), preconditions);
    }

    /**
     * @param preconditions what must happen first
     * @return a copy with the preconditions
     */
    public MeetingProposed withPreconditions(String... preconditions) {
        return new MeetingProposed(envelope, by, with, venue, date, Values.listOf(preconditions));
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onMeetingProposed(this);
    }
}
