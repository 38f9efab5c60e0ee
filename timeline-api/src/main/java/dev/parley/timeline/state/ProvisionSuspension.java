package dev.parley.timeline.state;

import dev.parley.timeline.PartialDate;

/**
 * One party's suspension of one provision, from an {@code agreement-suspended} naming it, until that party's
 * {@code agreement-resumed} naming it or the end of its term. Suspensions of one provision by several parties
 * overlap and are lifted separately.
 *
 * @param developmentId the {@code agreement-suspended} development
 * @param by            the party suspending
 * @param reason        why, as stated
 * @param since         when it was suspended
 * @param until         when the suspension ends unless resumed before (its {@code until}, or its date moved by its
 *                      {@code days}); null when open-ended
 * @param resumedBy     the {@code agreement-resumed} development that lifted it; null while it holds
 * @param resumed       when it was lifted; null while it holds
 */
public record ProvisionSuspension(String developmentId, String by, String reason, PartialDate since,
                                  PartialDate until, String resumedBy, PartialDate resumed) {

    /** @return true until a resumption lifted it (its term is judged at a day: {@link #holdsOn}) */
    public boolean unresumed() {
        return resumedBy == null;
    }

    /**
     * @param day the evaluation day
     * @return true when, on that day, it is neither resumed nor certainly past its term
     */
    public boolean holdsOn(java.time.LocalDate day) {
        return unresumed() && (until == null || !until.latest().isBefore(day));
    }

    /**
     * @param resumption the {@code agreement-resumed} development lifting it
     * @param on         when
     * @return a copy, lifted
     */
    public ProvisionSuspension resumedBy(String resumption, PartialDate on) {
        return new ProvisionSuspension(developmentId, by, reason, since, until, resumption, on);
    }
}
