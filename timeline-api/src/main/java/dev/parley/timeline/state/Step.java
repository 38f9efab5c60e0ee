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
 */
public record Step(String developmentId, PartialDate occurred, List<Share> delivered, String description) {
    /** Copies the list. */
    public Step {
        delivered = PersistentList.copyOf(delivered);
    }
}
