package dev.parley.timeline.state;

import dev.parley.timeline.Deadline;
import dev.parley.timeline.Share;

import java.util.List;

/**
 * A provision of an agreement with its status and ledger: the target per side as agreed, what each side delivered
 * so far per unit by undisputed steps, what disputed steps would add (kept apart), and the steps.
 *
 * @param id                  the provision id
 * @param subject             what it is about
 * @param formula             the formula as reported ("all for all")
 * @param target              the agreed quantity per side, where stated
 * @param criteria            who qualifies
 * @param timing              when, in the source's words
 * @param delivered           per side and unit, the running totals of the undisputed steps
 * @param steps               the implementation steps in recorded order, each with the shares counted here
 * @param declaredFulfilledBy who declared this provision fulfilled
 * @param deadline            when it is due, if a date was set
 * @param obligors            the sides bound to carry it out
 * @param status              where it stands
 * @param disputed            per side and unit, what the disputed steps would add: never in {@code delivered}
 * @param fulfilledBy         developments whose {@code FULFILS} ref names this provision
 * @param suspensions         the suspensions of this provision alone, per party, in recorded order; those not
 *                            resumed nor past their term make it {@code SUSPENDED}
 */
public record ProvisionLedger(String id, String subject, String formula, List<Share> target, List<String> criteria,
                              String timing, List<Delivery> delivered, List<Step> steps,
                              List<String> declaredFulfilledBy, Deadline deadline, List<String> obligors,
                              ProvisionStatus status, List<Delivery> disputed, List<String> fulfilledBy,
                              List<ProvisionSuspension> suspensions) {
    /**
     * Copies the lists.
     *
     * @param id the provision id
     * @param subject what it is about
     * @param formula the formula as reported ("all for all")
     * @param target the agreed quantity per side, where stated
     * @param criteria who qualifies
     * @param timing when, in the source's words
     * @param delivered per side and unit, the running totals of the undisputed steps
     * @param steps the implementation steps in recorded order, each with the shares counted here
     * @param declaredFulfilledBy who declared this provision fulfilled
     * @param deadline when it is due, if a date was set
     * @param obligors the sides bound to carry it out
     * @param status where it stands
     * @param disputed per side and unit, what the disputed steps would add: never in {@code delivered}
     * @param fulfilledBy developments whose {@code FULFILS} ref names this provision
     * @param suspensions the suspensions of this provision alone, per party, in recorded order
     */
    public ProvisionLedger {
        target = PersistentList.copyOf(target);
        criteria = PersistentList.copyOf(criteria);
        delivered = PersistentList.copyOf(delivered);
        steps = PersistentList.copyOf(steps);
        declaredFulfilledBy = PersistentList.copyOf(declaredFulfilledBy);
        obligors = PersistentList.copyOf(obligors);
        disputed = PersistentList.copyOf(disputed);
        fulfilledBy = PersistentList.copyOf(fulfilledBy);
        // States checkpointed before provisions could be suspended have no such list.
        suspensions = suspensions == null ? List.of() : PersistentList.copyOf(suspensions);
    }

    /**
     * A provision as before provisions could be suspended.
     *
     * @param id the provision id
     * @param subject what it is about
     * @param formula the formula as reported
     * @param target the agreed quantity per side, where stated
     * @param criteria who qualifies
     * @param timing when, in the source's words
     * @param delivered per side and unit, the running totals of the undisputed steps
     * @param steps the implementation steps in recorded order
     * @param declaredFulfilledBy who declared this provision fulfilled
     * @param deadline when it is due, if a date was set
     * @param obligors the sides bound to carry it out
     * @param status where it stands
     * @param disputed per side and unit, what the disputed steps would add
     * @param fulfilledBy developments whose {@code FULFILS} ref names this provision
     */
    public ProvisionLedger(String id, String subject, String formula, List<Share> target, List<String> criteria,
                           String timing, List<Delivery> delivered, List<Step> steps,
                           List<String> declaredFulfilledBy, Deadline deadline, List<String> obligors,
                           ProvisionStatus status, List<Delivery> disputed, List<String> fulfilledBy) {
        this(id, subject, formula, target, criteria, timing, delivered, steps, declaredFulfilledBy, deadline,
                obligors, status, disputed, fulfilledBy, List.of());
    }

    /**
     * @return the suspensions not lifted by a resumption (whether their term has passed is judged at a day)
     */
    public List<ProvisionSuspension> unresumedSuspensions() {
        return suspensions.stream().filter(ProvisionSuspension::unresumed).toList();
    }
}
