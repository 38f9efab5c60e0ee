package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

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
 * @param speaker who answered for the side, if the report names them (optional)
 * @param quote the speaker's or side's own words, verbatim (optional)
 */
@JsonTypeName("proposal-rejected")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProposalRejected(@JsonUnwrapped Envelope envelope,
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
    public ProposalRejected {
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
    public ProposalRejected(Envelope envelope, String position, String by, String reason) {
        this(envelope, position, by, reason, null, null);
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
        return new ProposalRejected(envelope, position, by, reason, speaker, quote);
    }

    /**
     * @param speaker who answered for the side ({@link Agent#named})
     * @return a copy naming the speaker
     */
    public ProposalRejected withSpeaker(Agent speaker) {
        return new ProposalRejected(envelope, position, by, reason, speaker, quote);
    }

    /**
     * @param quote the speaker's or side's own words, verbatim
     * @return a copy with the quote
     */
    public ProposalRejected withQuote(String quote) {
        return new ProposalRejected(envelope, position, by, reason, speaker, quote);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onProposalRejected(this);
    }
}
