package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A party or one of its bodies ratifies an agreement (a parliament, a board, a membership vote).
 * JSON type name {@code "agreement-ratified"}.
 *
 * <pre>{@code
 * AgreementRatified.of(Envelope.of("ratified", "ru-ua-2025", "2025-06-04"), "exchange").by("Verkhovna Rada")
 *         .withResult("approved by 300 votes")
 *         .withVote(Vote.passed(true).withFor(Quantity.exactly(300).withUnit("votes")))
 * }</pre>
 *
 * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
 * @param agreement the id of the agreement
 * @param by the party or body ratifying
 * @param result the outcome in words, e.g. "approved by 99% of voting members"
 * @param outcome what the vote decided: {@code APPROVED} when absent; {@code REJECTED} rejects an agreement reached
 *                pending approval
 * @param inForce when the approved agreement enters into force, when the approval states a later time ("in force
 *                from 00:01 on 14 May")
 * @param vote the vote's figures, when the ratification was a vote whose result was reported; null otherwise
 */
@JsonTypeName("agreement-ratified")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AgreementRatified(@JsonUnwrapped Envelope envelope,
        String agreement,
        String by,
        String result,
        RatificationOutcome outcome,
        PartialDate inForce,
        Vote vote) implements AgreementDevelopment {

    /**
     * Validates the content; the envelope validates itself.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param agreement the id of the agreement
     * @param by the party or body ratifying
     * @param result the outcome in words, e.g. "approved by 99% of voting members"
     * @param outcome what the vote decided ({@code APPROVED} when absent)
     * @param inForce when the approved agreement enters into force, if the approval states a later time
     * @param vote the vote's figures, when reported; null otherwise
     */
    public AgreementRatified {
        Values.required("envelope", envelope);
        Values.id("agreement", agreement);
        by = Values.text("by", by).intern();
        result = Values.optionalText(result);
        if (outcome == RatificationOutcome.REJECTED && inForce != null) {
            throw new InvalidValueException("inForce", "a rejection puts nothing into force");
        }
    }

    /**
     * An approval stating no time of entry into force, as in format {@code parley/1} before {@code outcome} and
     * {@code inForce}.
     *
     * @param envelope  id, negotiation, dates, sources and refs
     * @param agreement the id of the agreement
     * @param by        the party or body ratifying
     * @param result    the outcome in words
     */
    public AgreementRatified(Envelope envelope, String agreement, String by, String result) {
        this(envelope, agreement, by, result, null, null, null);
    }

    /** @return true when the vote rejected the agreement */
    @JsonIgnore
    public boolean rejected() {
        return outcome == RatificationOutcome.REJECTED;
    }

    /**
     * The first stage: the agreement; {@link Development.By#by(String)} names the body ratifying.
     *
     * @param envelope id, negotiation, dates, sources and refs
     * @param agreement the id of the agreement ({@code agreement-reached})
     * @return the stage that takes the body ratifying
     */
    public static Development.By<AgreementRatified> of(Envelope envelope, String agreement) {
        return body -> new AgreementRatified(envelope, agreement, body, null, null, null, null);
    }

    /**
     * @param result the vote or decision in words
     * @return a copy with the result
     */
    public AgreementRatified withResult(String result) {
        return new AgreementRatified(envelope, agreement, by, result, outcome, inForce, vote);
    }

    /**
     * A rejection in a ratification vote of an agreement reached pending approval.
     *
     * @return a copy that rejects
     */
    public AgreementRatified rejecting() {
        return new AgreementRatified(envelope, agreement, by, result, RatificationOutcome.REJECTED, null, vote);
    }

    /**
     * An approval that only sends the agreement on to the deciding vote (a board recommending it to the members).
     *
     * @return a copy that recommends
     */
    public AgreementRatified recommending() {
        return new AgreementRatified(envelope, agreement, by, result, RatificationOutcome.RECOMMENDED, inForce,
                vote);
    }

    /**
     * @param inForce when the approved agreement enters into force, in any {@link PartialDate} form
     * @return a copy stating the entry into force
     */
    public AgreementRatified withEntryIntoForce(String inForce) {
        return new AgreementRatified(envelope, agreement, by, result, outcome, PartialDate.parse(inForce),
                vote);
    }

    /**
     * @param vote the vote's figures (for, against, abstained, turnout, threshold, passed)
     * @return a copy with the vote
     */
    public AgreementRatified withVote(Vote vote) {
        return new AgreementRatified(envelope, agreement, by, result, outcome, inForce, vote);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onAgreementRatified(this);
    }
}
