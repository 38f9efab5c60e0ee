package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * A round of talks took place.
 * JSON type name {@code "round-held"}.
 *
 * <pre>{@code
 * RoundHeld.round(Envelope.of("round-2", "ru-ua-2025", "2025-06-02"), 2).withVenue("Istanbul")
 *         .withDelegations("Russia", "Ukraine").withOutcome("no clear breakthrough")
 * }</pre>
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

    /**
     * @param envelope id, negotiation, dates, sources and refs
     * @param number the round's number, from 1
     * @return a held round with no venue, chair, delegations or outcome yet
     */
    public static RoundHeld round(Envelope envelope, int number) {
        return new RoundHeld(envelope, number, null, null, List.of(), null);
    }

    /**
     * @param envelope id, negotiation, dates, sources and refs
     * @return a held round whose number was not reported
     */
    public static RoundHeld unnumbered(Envelope envelope) {
        return new RoundHeld(envelope, null, null, null, List.of(), null);
    }

    /**
     * @param venue where it was held
     * @return a copy with the venue
     */
    public RoundHeld withVenue(String venue) {
        return new RoundHeld(envelope, number, venue, chair, delegations, outcome);
    }

    /**
     * @param chair who chaired it
     * @return a copy with the chair
     */
    public RoundHeld withChair(String chair) {
        return new RoundHeld(envelope, number, venue, chair, delegations, outcome);
    }

    /**
     * @param delegations the delegations present
     * @return a copy with the delegations
     */
    public RoundHeld withDelegations(String... delegations) {
        return new RoundHeld(envelope, number, venue, chair, Values.listOf(delegations), outcome);
    }

    /**
     * @param outcome the outcome in words
     * @return a copy with the outcome
     */
    public RoundHeld withOutcome(String outcome) {
        return new RoundHeld(envelope, number, venue, chair, delegations, outcome);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onRoundHeld(this);
    }
}
