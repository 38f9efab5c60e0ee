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

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onMeetingProposed(this);
    }
}
