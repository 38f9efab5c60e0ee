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
 * @param disputedBy    developments that dispute this step or its link to the agreement
 */
public record Step(String developmentId, PartialDate occurred, List<Share> delivered, String description,
                   List<String> disputedBy) {
    /** Copies the lists. */
    public Step {
        delivered = PersistentList.copyOf(delivered);
        disputedBy = PersistentList.copyOf(disputedBy);
    }

    /** @return true when some development disputes this step */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isDisputed() {
        return !disputedBy.isEmpty();
    }
}
