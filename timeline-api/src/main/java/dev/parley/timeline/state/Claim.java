package dev.parley.timeline.state;

import dev.parley.timeline.PartialDate;

import java.util.List;

/**
 * A claim with everyone who denied or confirmed it. Both sides are kept; nothing is decided.
 *
 * @param id            the id of the development that made it
 * @param claimant      who claims it
 * @param text          the claim
 * @param made          when
 * @param deniedBy      denials in recorded order
 * @param confirmedBy   confirmations in recorded order
 * @param disputed      true when at least one denial was recorded
 * @param to            whom the claim was addressed to
 */
public record Claim(String id, String claimant, String text, PartialDate made, List<ClaimReaction> deniedBy,
                    List<ClaimReaction> confirmedBy, boolean disputed, List<String> to) {
    /**
     * Copies the lists and derives {@code disputed} from the denials.
     *
     * @param id the id of the development that made it
     * @param claimant who claims it
     * @param text the claim
     * @param made when
     * @param deniedBy denials in recorded order
     * @param confirmedBy confirmations in recorded order
     * @param disputed true when at least one denial was recorded
     * @param to whom the claim was addressed to
     */
    public Claim {
        to = PersistentList.copyOf(to);
        deniedBy = PersistentList.copyOf(deniedBy);
        confirmedBy = PersistentList.copyOf(confirmedBy);
        disputed = !deniedBy.isEmpty();
    }
}
