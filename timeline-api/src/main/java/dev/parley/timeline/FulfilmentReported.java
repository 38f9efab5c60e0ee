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
 * new FulfilmentReported(Envelope.of("children-back", talks, "2025-07-08")
 *         .withRef(RefKind.FULFILS, "ru-offer-children"), "Russia", Quantity.exactly(6), false, null)
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
