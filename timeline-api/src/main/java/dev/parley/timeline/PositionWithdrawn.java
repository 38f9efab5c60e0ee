package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The side that took a position withdraws it.
 * JSON type name {@code "position-withdrawn"}.
 *
 * <pre>{@code
 * PositionWithdrawn.of(Envelope.of("ua-withdraws", "ru-ua-2025", "2025-06-10"), "ua-proposal").by("Ukraine")
 * }</pre>
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param position the id of the demand, proposal or offer
 * @param by the side responding
 * @param reason the stated reason or wording
 * @param speaker who answered for the side, if the report names them (optional)
 * @param quote the speaker's or side's own words, verbatim (optional)
 */
@JsonTypeName("position-withdrawn")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PositionWithdrawn(@JsonUnwrapped Envelope envelope,
        String position,
        String by,
        String reason,
        Agent speaker,
        String quote) implements PositionResponse {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param position the id of the demand, proposal or offer
     * @param by the side responding
     * @param reason the stated reason or wording
     * @param speaker who answered for the side, if the report names them (optional)
     * @param quote the speaker's or side's own words, verbatim (optional)
     */
    public PositionWithdrawn {
        Values.required("envelope", envelope);
        Values.id("position", position);
        by = Values.text("by", by);
        reason = Values.optionalText(reason);
        quote = Values.optionalText(quote);
    }

    /**
     * A response without speaker or quote, as in format {@code parley/1} before them.
     *
     * @param envelope id, negotiation, dates, sources and refs
     * @param position the id of the demand, proposal or offer
     * @param by the side responding
     * @param reason the stated reason or wording
     */
    public PositionWithdrawn(Envelope envelope, String position, String by, String reason) {
        this(envelope, position, by, reason, null, null);
    }

    /**
     * The first stage: the position; {@link Development.By#by(String)} names the side withdrawing it.
     *
     * @param envelope id, negotiation, dates, sources and refs
     * @param position the id of the demand, proposal or offer
     * @return the stage that takes the side withdrawing it
     */
    public static Development.By<PositionWithdrawn> of(Envelope envelope, String position) {
        return side -> new PositionWithdrawn(envelope, position, side, null);
    }

    /**
     * @param reason the stated reason or wording
     * @return a copy with the reason
     */
    public PositionWithdrawn withReason(String reason) {
        return new PositionWithdrawn(envelope, position, by, reason, speaker, quote);
    }

    /**
     * @param speaker who answered for the side ({@link Agent#named})
     * @return a copy naming the speaker
     */
    public PositionWithdrawn withSpeaker(Agent speaker) {
        return new PositionWithdrawn(envelope, position, by, reason, speaker, quote);
    }

    /**
     * @param quote the speaker's or side's own words, verbatim
     * @return a copy with the quote
     */
    public PositionWithdrawn withQuote(String quote) {
        return new PositionWithdrawn(envelope, position, by, reason, speaker, quote);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onPositionWithdrawn(this);
    }
}
