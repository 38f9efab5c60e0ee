package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One side's part of a provision or an implementation step: "Ukraine releases 390 prisoners" is
 * {@code new Share("Ukraine", Quantity.exactly(390)).withUnit("prisoners")}. Ledgers sum shares per side and unit,
 * so 390 prisoners and 6,000 bodies are never added together.
 *
 * @param party     the side that delivers
 * @param quantity  how many, possibly {@link Quantity#undisclosed()}
 * @param unit      what is counted, a lower-case word ({@code "prisoners"}, {@code "bodies"}, {@code "tonnes"});
 *                  null when the source does not say
 * @param provision in an implementation step, the provision this share counts under, when the step serves
 *                  several; null otherwise (and always in a provision's own targets)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Share(String party, Quantity quantity, String unit, String provision) {

    /**
     * Requires party and quantity; checks the unit's form.
     *
     * @param party the side that delivers
     * @param quantity how many, possibly {@link Quantity#undisclosed()}
     * @param unit what is counted, a lower-case word ({@code "prisoners"}, {@code "bodies"}, {@code "tonnes"});
     *             null when the source does not say
     * @param provision in an implementation step, the provision this share counts under, when the step serves
     *                  several; null otherwise (and always in a provision's own targets)
     */
    public Share {
        party = Values.text("share.party", party);
        Values.required("share.quantity", quantity);
        unit = Values.unit("share.unit", unit);
        if (provision != null) {
            Values.id("share.provision", provision);
        }
    }

    /**
     * A share with no unit and no provision, as in format {@code parley/1} before units.
     *
     * @param party    the side that delivers
     * @param quantity how many
     */
    public Share(String party, Quantity quantity) {
        this(party, quantity, null, null);
    }

    @Override
    public String toString() {
        return party + ": " + quantity + (unit == null ? "" : " " + unit)
                + (provision == null ? "" : " (under " + provision + ")");
    }

    /**
     * @param unit what is counted, a lower-case word such as {@code "prisoners"}
     * @return a copy counting in this unit
     */
    public Share withUnit(String unit) {
        return new Share(party, quantity, unit, provision);
    }

    /**
     * @param provision the id of the provision this share counts under, in an implementation step
     * @return a copy counted under this provision
     */
    public Share withProvision(String provision) {
        return new Share(party, quantity, unit, provision);
    }
}
