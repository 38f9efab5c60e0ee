package dev.parley.timeline.state;

import java.math.BigDecimal;

import dev.parley.timeline.Deadline;
import dev.parley.timeline.PartialDate;
import dev.parley.timeline.Quantity;

import java.util.List;

/**
 * A demand, proposal or offer with its current status and every answer it got.
 *
 * @param id        the id of the development that made it
 * @param kind      demand, proposal or offer
 * @param by        the side that took it, or the sides that took it together (a coalition)
 * @param to        the sides it addresses
 * @param terms     what it asks or gives
 * @param items     its individual points
 * @param quantity  how many, when it is about a number
 * @param criteria  who or what qualifies
 * @param deadline  when it is due
 * @param made      when it was made
 * @param status    where it stands
 * @param responses every answer, in recorded order
 * @param fulfilments deliveries against it, in recorded order
 */
public record Position(String id, PositionKind kind, List<String> by, List<String> to, String terms, List<String> items,
                       Quantity quantity, String criteria, Deadline deadline, PartialDate made,
                       PositionStatus status, List<Response> responses, List<Fulfilment> fulfilments) {

    /**
     * Copies the lists.
     *
     * @param id the id of the development that made it
     * @param kind demand, proposal or offer
     * @param by the side that took it, or the sides that took it together (a coalition)
     * @param to the sides it addresses
     * @param terms what it asks or gives
     * @param items its individual points
     * @param quantity how many, when it is about a number
     * @param criteria who or what qualifies
     * @param deadline when it is due
     * @param made when it was made
     * @param status where it stands
     * @param responses every answer, in recorded order
     * @param fulfilments deliveries against it, in recorded order
     */
    public Position {
        by = PersistentList.copyOf(by);
        to = PersistentList.copyOf(to);
        items = PersistentList.copyOf(items);
        responses = PersistentList.copyOf(responses);
        fulfilments = PersistentList.copyOf(fulfilments);
    }

    /**
     * @param response an answer; its status becomes the position's
     * @return a copy with one more response
     */
    public Position respondedWith(Response response) {
        return new Position(id, kind, by, to, terms, items, quantity, criteria, deadline, made, response.status(),
                PersistentList.copyOf(responses).plus(response), fulfilments);
    }

    /**
     * @param newStatus the status
     * @return a copy with the given status
     */
    public Position withStatus(PositionStatus newStatus) {
        return new Position(id, kind, by, to, terms, items, quantity, criteria, deadline, made, newStatus, responses,
                fulfilments);
    }

    /**
     * @param fulfilment a delivery against this position
     * @param newStatus  the status it leads to (the model's status table decides)
     * @return a copy with one more fulfilment and the given status
     */
    public Position withFulfilment(Fulfilment fulfilment, PositionStatus newStatus) {
        return new Position(id, kind, by, to, terms, items, quantity, criteria, deadline, made, newStatus, responses,
                PersistentList.copyOf(fulfilments).plus(fulfilment));
    }

    /**
     * @return how many were delivered so far, summing the counts that were reported in units that
     *         {@linkplain #countsIn count} towards the position
     */
    public BigDecimal deliveredSoFar() {
        return fulfilments.stream().map(Fulfilment::delivered)
                .filter(q -> q != null && q.value() != null && countsIn(q.unit()))
                .map(Quantity::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * @param unit the unit a delivery is counted in, or null
     * @return whether a delivery in that unit counts towards this position: always when either names no unit
     *         (taken to be the same), else only in the position's own unit, so numbers in two units are never added
     */
    public boolean countsIn(String unit) {
        String own = quantity == null ? null : quantity.unit();
        return own == null || unit == null || own.equals(unit);
    }
}
