package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

/**
 * A side accepts an open demand, proposal or offer.
 * JSON type name {@code "proposal-accepted"}.
 *
 * <pre>{@code
 * ProposalAccepted.of(Envelope.of("ua-accepts", "ru-ua-2025", "2025-06-03"), "ru-offer-children").by("Ukraine")
 * }</pre>
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param position the id of the demand, proposal or offer
 * @param by the side responding
 * @param reason the stated reason or wording
 * @param positions further demands, proposals or offers the same response covers ("rejects all three proposals")
 */
@JsonTypeName("proposal-accepted")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProposalAccepted(@JsonUnwrapped Envelope envelope,
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
    public ProposalAccepted {
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
    public ProposalAccepted(Envelope envelope, String position, String by, String reason) {
        this(envelope, position, by, reason, List.of());
    }

    /**
     * @param further further demands, proposals or offers the same response covers
     * @return a copy covering them too
     */
    public ProposalAccepted alsoCovering(String... further) {
        return new ProposalAccepted(envelope, position, by, reason, Values.listOf(further));
    }

    /**
     * The first stage: the position; {@link Development.By#by(String)} names the side accepting.
     *
     * @param envelope id, negotiation, dates, sources and refs
     * @param position the id of the demand, proposal or offer
     * @return the stage that takes the side accepting
     */
    public static Development.By<ProposalAccepted> of(Envelope envelope, String position) {
        return side -> new ProposalAccepted(envelope, position, side, null);
    }

    /**
     * @param reason the stated reason or wording
     * @return a copy with the reason
     */
    public ProposalAccepted withReason(String reason) {
        return new ProposalAccepted(envelope, position, by, reason, positions);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onProposalAccepted(this);
    }
}
