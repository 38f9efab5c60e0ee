package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A demand, proposal or offer was carried out, wholly or in part (e.g. 6 of the 10 children returned). The
 * position it carries out is named by a {@link RefKind#FULFILS} ref, which is required. (Any other development with
 * a {@code FULFILS} ref to a position also counts as a delivery, without a count.)
 * JSON type name {@code "fulfilment-reported"}.
 *
 * <pre>{@code
 * FulfilmentReported.of(Envelope.of("children-back", talks, "2025-07-08"), "ru-offer-children").by("Russia")
 *         .withDelivered(Quantity.exactly(6))
 * }</pre>
 *
 * @param envelope    id, negotiation, dates, sources and refs (inlined in JSON)
 * @param by          the side that delivered
 * @param delivered   how many were delivered this time, where the position is about a number
 * @param complete    true when the source says the position is now carried out in full
 * @param description the delivery in words
 * @param overFulfilment true when the source says more was delivered than the position promised: without it, a
 *                    delivery beyond the position's exact (or at most) quantity is refused as
 *                    {@link Rule#OVER_FULFILMENT}, since it is far more often a typo than a fact
 */
@JsonTypeName("fulfilment-reported")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FulfilmentReported(@JsonUnwrapped Envelope envelope,
        String by,
        Quantity delivered,
        boolean complete,
        String description,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean overFulfilment) implements Development {

    /**
     * Validates the content and requires a FULFILS ref.
     *
     * @param envelope id, negotiation, dates, sources and refs (inlined in JSON)
     * @param by the side that delivered
     * @param delivered how many were delivered this time, where the position is about a number
     * @param complete true when the source says the position is now carried out in full
     * @param description the delivery in words
     */
    public FulfilmentReported {
        Values.required("envelope", envelope);
        by = Values.text("by", by);
        description = Values.optionalText(description);
        if (envelope.refs().stream().noneMatch(r -> r.kind() == RefKind.FULFILS)) {
            throw new InvalidValueException("refs", "a fulfilment needs a FULFILS ref to the position it carries out");
        }
    }

    /**
     * The first stage: the position carried out (the envelope gains the {@link RefKind#FULFILS} ref to it unless it
     * has it already); {@link Development.By#by(String)} names the side that delivered.
     *
     * @param envelope id, negotiation, dates, sources and refs
     * @param position the id of the demand, proposal or offer carried out
     * @return the stage that takes the side that delivered
     */
    public static Development.By<FulfilmentReported> of(Envelope envelope, String position) {
        Ref fulfils = Ref.of(RefKind.FULFILS, position);
        Envelope referring = envelope.refs().contains(fulfils) ? envelope : envelope.withRef(fulfils);
        return side -> new FulfilmentReported(referring, side, null, false, null, false);
    }

    /**
     * @param delivered how many were delivered this time
     * @return a copy with the count delivered
     */
    public FulfilmentReported withDelivered(Quantity delivered) {
        return new FulfilmentReported(envelope, by, delivered, complete, description, overFulfilment);
    }

    /**
     * @param complete true when the position is now carried out in full
     * @return a copy saying whether the position is carried out in full
     */
    public FulfilmentReported withComplete(boolean complete) {
        return new FulfilmentReported(envelope, by, delivered, complete, description, overFulfilment);
    }

    /**
     * @param description the delivery in words
     * @return a copy with the description
     */
    public FulfilmentReported withDescription(String description) {
        return new FulfilmentReported(envelope, by, delivered, complete, description, overFulfilment);
    }

    /**
     * @param overFulfilment true when this delivery knowingly goes beyond what the position promised
     * @return a copy marked (or not) as delivering more than was promised
     */
    public FulfilmentReported withOverFulfilment(boolean overFulfilment) {
        return new FulfilmentReported(envelope, by, delivered, complete, description, overFulfilment);
    }

    /**
     * A delivery within what the position promised, as before the {@code overFulfilment} marker existed.
     *
     * @param envelope    id, negotiation, dates, sources and refs
     * @param by          the side that delivered
     * @param delivered   how many were delivered this time, or null
     * @param complete    true when the position is now carried out in full
     * @param description the delivery in words, or null
     */
    public FulfilmentReported(Envelope envelope, String by, Quantity delivered, boolean complete, String description) {
        this(envelope, by, delivered, complete, description, false);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onFulfilmentReported(this);
    }
}
