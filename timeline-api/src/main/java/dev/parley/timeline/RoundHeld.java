package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * A round of talks took place.
 * JSON type name {@code "round-held"}.
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param number the round's number, if the sources number rounds
 * @param venue where it took place
 * @param chair who chaired or hosted the meeting
 * @param delegations the delegations present
 * @param outcome the outcome in words ("no clear breakthrough")
 */
@JsonTypeName("round-held")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RoundHeld(@JsonUnwrapped Envelope envelope,
        Integer number,
        String venue,
        String chair,
        List<String> delegations,
        String outcome) implements Development {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param number the round's number, if the sources number rounds
     * @param venue where it took place
     * @param chair who chaired or hosted the meeting
     * @param delegations the delegations present
     * @param outcome the outcome in words ("no clear breakthrough")
     */
    public RoundHeld {
        Values.required("envelope", envelope);
        Values.positive("number", number);
        venue = Values.optionalText(venue);
        chair = Values.optionalText(chair);
        delegations = Values.texts("delegations", delegations);
        outcome = Values.optionalText(outcome);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onRoundHeld(this);
    }
}
