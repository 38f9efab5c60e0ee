package dev.parley.timeline.state;

import dev.parley.timeline.Agent;
import dev.parley.timeline.PartialDate;

import java.util.List;

/**
 * A delegation as appointed; the latest for a side is its current one ({@link NegotiationState#delegation}).
 *
 * @param developmentId the {@code delegation-appointed} development
 * @param party         the side it speaks for
 * @param head          who leads it; null when not named
 * @param members       its other members
 * @param appointed     when
 * @param size          how many people it counts, as reported; null when not reported (a delegation may name no
 *                      one: then its party, and perhaps its size, is all that is known)
 */
public record Delegation(String developmentId, String party, Agent head, List<Agent> members, PartialDate appointed,
                         Integer size) {
    /**
     * Copies the list.
     *
     * @param developmentId the {@code delegation-appointed} development
     * @param party the side it speaks for
     * @param head who leads it; null when not named
     * @param members its other members
     * @param appointed when
     * @param size how many people it counts, as reported; null when not reported
     */
    public Delegation {
        members = PersistentList.copyOf(members);
    }

    /**
     * A delegation without a reported size.
     *
     * @param developmentId the {@code delegation-appointed} development
     * @param party the side it speaks for
     * @param head who leads it; null when not named
     * @param members its other members
     * @param appointed when
     */
    public Delegation(String developmentId, String party, Agent head, List<Agent> members, PartialDate appointed) {
        this(developmentId, party, head, members, appointed, null);
    }
}
