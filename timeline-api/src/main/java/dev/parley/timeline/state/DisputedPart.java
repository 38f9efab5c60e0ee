package dev.parley.timeline.state;

import dev.parley.timeline.DisputedAspect;
import dev.parley.timeline.Share;

import java.util.List;

/**
 * The part of an implementation step that one development disputes (a {@code DISPUTES} ref naming
 * {@code disputed} shares): kept apart in the ledger, while the rest of the step stays counted.
 *
 * @param disputedBy the disputing development
 * @param aspect     what is disputed (items, the link, the count); null when the source does not say
 * @param shares     the disputed shares: side, how many, unit
 */
public record DisputedPart(String disputedBy, DisputedAspect aspect, List<Share> shares) {
    /**
     * Copies the list.
     *
     * @param disputedBy the disputing development
     * @param aspect what is disputed (items, the link, the count); null when the source does not say
     * @param shares the disputed shares: side, how many, unit
     */
    public DisputedPart {
        shares = PersistentList.copyOf(shares);
    }
}
