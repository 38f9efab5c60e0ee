package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

/**
 * A side rejects a demand, proposal or offer (again); repeated rejections are kept.
 * JSON type name {@code "proposal-rejected"}.
 *
 * <pre>{@code
 * ProposalRejected.of(Envelope.of("ru-rejects", "ru-ua-2025", "2025-06-02"), "us-demand-ceasefire").by("Russia")
 *         .withReason("a ceasefire only after a memorandum")
 * }</pre>
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param position the id of the demand, proposal or offer
 * @param by the side responding
 * @param reason the stated reason or wording
 * @param positions further demands, proposals or offers the same response covers ("rejects all three proposals")
 */
@JsonTypeName("proposal-rejected")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProposalRejected(@JsonUnwrapped Envelope envelope,
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
    public ProposalRejected {
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
    public ProposalRejected(Envelope envelope, String position, String by, String reason) {
        this(envelope, position, by, reason, List.of());
    }

    /**
     * @param further further demands, proposals or offers the same response covers
     * @return a copy covering them too
     */
    public ProposalRejected alsoCovering(String... further) {
        return new ProposalRejected(envelope, position, by, reason, Values.listOf(further));
    }

    /**
     * The first stage: the position; {@link Development.By#by(String)} names the side rejecting.
     *
     * @param envelope id, negotiation, dates, sources and refs
     * @param position the id of the demand, proposal or offer
     * @return the stage that takes the side rejecting
     */
    public static Development.By<ProposalRejected> of(Envelope envelope, String position) {
        return side -> new ProposalRejected(envelope, position, side, null);
    }

    /**
     * @param reason the stated reason or wording
     * @return a copy with the reason
     */
    public ProposalRejected withReason(String reason) {
        return new ProposalRejected(envelope, position, by, reason, positions);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onProposalRejected(this);
    }
}
