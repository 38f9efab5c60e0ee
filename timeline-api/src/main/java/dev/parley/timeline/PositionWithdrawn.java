package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

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
 * @param positions further demands, proposals or offers the same response covers ("rejects all three proposals")
 */
@JsonTypeName("position-withdrawn")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PositionWithdrawn(@JsonUnwrapped Envelope envelope,
        String position,
        String by,
        String reason,
        List<String> positions) implements PositionResponse {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param position the id of the demand, proposal or offer
     * @param by the side responding
     * @param reason the stated reason or wording
     * @param positions further demands, proposals or offers the same response covers
     */
    public PositionWithdrawn {
        Values.required("envelope", envelope);
        Values.id("position", position);
        by = Values.text("by", by);
        reason = Values.optionalText(reason);
        positions = Values.furtherIds("positions", position, positions);
    }

    /**
     * A response to one position, as in format {@code parley/1} before {@code positions}.
     *
     * @param envelope id, negotiation, dates, sources and refs
     * @param position the id of the demand, proposal or offer
     * @param by       the side responding
     * @param reason   the stated reason or wording
     */
    public PositionWithdrawn(Envelope envelope, String position, String by, String reason) {
        this(envelope, position, by, reason, List.of());
    }

    /**
     * @param further further demands, proposals or offers the same response covers
     * @return a copy covering them too
     */
    public PositionWithdrawn alsoCovering(String... further) {
        return new PositionWithdrawn(envelope, position, by, reason, Values.listOf(further));
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
        return new PositionWithdrawn(envelope, position, by, reason, positions);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onPositionWithdrawn(this);
    }
}
