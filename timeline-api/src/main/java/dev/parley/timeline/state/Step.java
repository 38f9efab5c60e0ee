package dev.parley.timeline.state;

import dev.parley.timeline.PartialDate;
import dev.parley.timeline.Share;

import java.util.List;

/**
 * One implementation step of a provision.
 *
 * @param developmentId the step's development
 * @param occurred      when it happened
 * @param delivered     what each side delivered
 * @param description   the step in words
 * @param disputedBy    developments that dispute this step or its link to the agreement: its shares are then kept
 *                      apart from the undisputed totals
 * @param provisions    every provision the step serves (more than one for an exchange under several categories;
 *                      none when the source never said)
 */
public record Step(String developmentId, PartialDate occurred, List<Share> delivered, String description,
                   List<String> disputedBy, List<String> provisions) {
    /**
     * Copies the lists.
     *
     * @param developmentId the step's development
     * @param occurred when it happened
     * @param delivered what each side delivered
     * @param description the step in words
     * @param disputedBy developments that dispute this step or its link to the agreement: its shares are then kept
     *                   apart from the undisputed totals
     * @param provisions every provision the step serves (more than one for an exchange under several categories;
     *                   none when the source never said)
     */
    public Step {
        delivered = PersistentList.copyOf(delivered);
        disputedBy = PersistentList.copyOf(disputedBy);
        provisions = PersistentList.copyOf(provisions);
    }

    /**
     * @param disputingDevelopment a development disputing this step
     * @return a copy, disputed by it too
     */
    public Step disputedBy(String disputingDevelopment) {
        return new Step(developmentId, occurred, delivered, description,
                PersistentList.copyOf(disputedBy).plus(disputingDevelopment), provisions);
    }

    /** @return true when some development disputes this step */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isDisputed() {
        return !disputedBy.isEmpty();
    }
}
