package dev.parley.timeline.state;

import dev.parley.timeline.Share;

import java.util.List;

/**
 * A provision of an agreement with its ledger: the target per side as agreed, what each side delivered so far,
 * and the steps.
 *
 * @param id        the provision id
 * @param subject   what it is about
 * @param formula   the formula as reported ("all for all")
 * @param target    the agreed quantity per side, where stated
 * @param criteria  who qualifies
 * @param timing    when, in the source's words
 * @param delivered per side, the running totals
 * @param steps     the implementation steps in recorded order
 * @param declaredFulfilledBy who declared this provision fulfilled
 */
public record ProvisionLedger(String id, String subject, String formula, List<Share> target, List<String> criteria,
                              String timing, List<Delivery> delivered, List<Step> steps,
                              List<String> declaredFulfilledBy) {
    /** Copies the lists. */
    public ProvisionLedger {
        target = PersistentList.copyOf(target);
        criteria = PersistentList.copyOf(criteria);
        delivered = PersistentList.copyOf(delivered);
        steps = PersistentList.copyOf(steps);
        declaredFulfilledBy = PersistentList.copyOf(declaredFulfilledBy);
    }
}
