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
 */
@JsonTypeName("fulfilment-reported")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FulfilmentReported(@JsonUnwrapped Envelope envelope,
        String by,
        Quantity delivered,
        boolean complete,
        String description) implements Development {

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
        return side -> new FulfilmentReported(referring, side, null, false, null);
    }

    /**
     * @param delivered how many were delivered this time
     * @return a copy with the count delivered
     */
    public FulfilmentReported withDelivered(Quantity delivered) {
        return new FulfilmentReported(envelope, by, delivered, complete, description);
    }

    /**
     * @param complete true when the position is now carried out in full
     * @return a copy saying whether the position is carried out in full
     */
    public FulfilmentReported withComplete(boolean complete) {
        return new FulfilmentReported(envelope, by, delivered, complete, description);
    }

    /**
     * @param description the delivery in words
     * @return a copy with the description
     */
    public FulfilmentReported withDescription(String description) {
        return new FulfilmentReported(envelope, by, delivered, complete, description);
    }

    @Override
    public <R> R accept(Development.Visitor<R> visitor) {
        return visitor.onFulfilmentReported(this);
    }
}
