package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Objects;

/**
 * One side's part of a provision or an implementation step: "Ukraine releases 390 prisoners" is
 * {@code new Share("Ukraine", Quantity.exactly(390)).withUnit("prisoners")}. Ledgers sum shares per side and unit,
 * so 390 prisoners and 6,000 bodies are never added together. A provision's share may be counted against another
 * side's deliveries: China's commitment to buy 25 million tonnes of soybeans is reached by what the United States
 * ships, {@code new Share("China", Quantity.exactly(25)).withUnit("million tonnes")
 * .countingDeliveriesOf("United States")}.
 *
 * @param party       the side that delivers, or, with {@code deliveredBy}, the side committed
 * @param quantity    how many, possibly {@link Quantity#undisclosed()} or {@link Quantity#notStated()}; a unit
 *                    given on the quantity is held as the share's {@code unit}
 * @param unit        what is counted, free text compared exactly ({@code "prisoners"}, {@code "tonnes"},
 *                    {@code "USD"}); null when the source does not say
 * @param provision   in an implementation step, the provision this share counts under, when the step serves
 *                    several; null otherwise (and always in a provision's own targets)
 * @param deliveredBy in a provision's target, the side whose deliveries count towards this share, when it is not
 *                    {@code party} itself (a purchase commitment met by the seller's shipments); null otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Share(String party, Quantity quantity, String unit, String provision, String deliveredBy) {

    /**
     * Requires party and quantity; checks the unit's form and moves a unit given on the quantity to the share.
     *
     * @param party the side that delivers, or, with {@code deliveredBy}, the side committed
     * @param quantity how many, possibly {@link Quantity#undisclosed()} or {@link Quantity#notStated()}
     * @param unit what is counted, free text compared exactly; null when the source does not say
     * @param provision in an implementation step, the provision this share counts under, when the step serves
     *                  several; null otherwise (and always in a provision's own targets)
     * @param deliveredBy in a provision's target, the side whose deliveries count towards this share; null when
     *                    it is {@code party} itself
     */
    public Share {
        party = Values.text("share.party", party);
        Values.required("share.quantity", quantity);
        unit = Values.unit("share.unit", unit);
        if (quantity.unit() != null) {
            if (unit != null && !unit.equals(quantity.unit())) {
                throw new InvalidValueException("share.unit", "'" + unit + "' differs from the quantity's unit '"
                        + quantity.unit() + "'; give the unit once");
            }
            unit = quantity.unit();
            quantity = quantity.withUnit(null);
        }
        if (provision != null) {
            Values.id("share.provision", provision);
        }
        deliveredBy = Values.optionalName(deliveredBy);
        if (party.equals(deliveredBy)) {
            deliveredBy = null;
        }
    }

    /**
     * A share with no unit and no provision, as in format {@code parley/1} before units.
     *
     * @param party    the side that delivers
     * @param quantity how many
     */
    public Share(String party, Quantity quantity) {
        this(party, quantity, null, null, null);
    }

    /**
     * A share delivered by its own party, as before shares could count another side's deliveries.
     *
     * @param party     the side that delivers
     * @param quantity  how many
     * @param unit      what is counted; null when the source does not say
     * @param provision the provision it counts under in a step serving several; null otherwise
     */
    public Share(String party, Quantity quantity, String unit, String provision) {
        this(party, quantity, unit, provision, null);
    }

    @Override
    public String toString() {
        return party + ": " + quantity + (unit == null ? "" : " " + unit)
                + (provision == null ? "" : " (under " + provision + ")")
                + (deliveredBy == null ? "" : " (counting deliveries by " + deliveredBy + ")");
    }

    /** @return the side whose deliveries count towards this share: {@code deliveredBy}, else {@code party} */
    public String countedParty() {
        return Objects.requireNonNullElse(deliveredBy, party);
    }

    /**
     * @param unit what is counted, such as {@code "prisoners"} or {@code "USD"}
     * @return a copy counting in this unit
     */
    public Share withUnit(String unit) {
        return new Share(party, quantity, unit, provision, deliveredBy);
    }

    /**
     * @param provision the id of the provision this share counts under, in an implementation step
     * @return a copy counted under this provision
     */
    public Share withProvision(String provision) {
        return new Share(party, quantity, unit, provision, deliveredBy);
    }

    /**
     * @param side the side whose deliveries count towards this share (the seller, for a purchase commitment)
     * @return a copy counted against that side's deliveries
     */
    public Share countingDeliveriesOf(String side) {
        return new Share(party, quantity, unit, provision, side);
    }
}
