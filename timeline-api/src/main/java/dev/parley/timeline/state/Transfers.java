package dev.parley.timeline.state;

import java.util.List;

/**
 * The negotiation's own ledger of transfers outside any agreement (an {@code implementation-step-completed} that
 * names no agreement): a swap arranged on its own, purchases no agreement covers. Counted per side and unit like an
 * agreement's ledger, so such steps never fall out of every ledger; a disputed transfer is kept apart.
 *
 * @param steps     the transfers, in recorded order
 * @param delivered per side and unit, what the undisputed transfers moved
 * @param disputed  per side and unit, what the disputed transfers would add: never in {@code delivered}
 */
public record Transfers(List<Step> steps, List<Delivery> delivered, List<Delivery> disputed) {
    /** No transfers. */
    public static final Transfers NONE = new Transfers(List.of(), List.of(), List.of());

    /**
     * Copies the lists.
     *
     * @param steps     the transfers, in recorded order
     * @param delivered per side and unit, what the undisputed transfers moved
     * @param disputed  per side and unit, what the disputed transfers would add
     */
    public Transfers {
        steps = PersistentList.copyOf(steps);
        delivered = PersistentList.copyOf(delivered);
        disputed = PersistentList.copyOf(disputed);
    }
}
