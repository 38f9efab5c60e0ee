package dev.parley.timeline.state;

import dev.parley.timeline.Attribution;
import dev.parley.timeline.Confidence;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How a development is sourced and received: its attributions with their citation chains, the distinct root
 * sources (the ends of the chains), how many attributions end in an anonymous versus a named source, the sides
 * (affiliations of the root sources) attesting it, the reporter's grade and note, and every dispute, confirmation
 * and competing version of it, each with who and sources. Parley computes and keeps; it never resolves.
 *
 * @param developmentId  the development
 * @param sources        its attributions, as recorded
 * @param rootSources    the distinct root sources, in first-seen order
 * @param anonymous      how many attributions end in an anonymous source
 * @param onRecord       how many attributions end in a named source
 * @param sides          the distinct affiliations of its root sources: the sides attesting it
 * @param confidence     the reporter's grade; null when not graded
 * @param note           the reporter's note
 * @param disputes       the developments disputing it ({@code DISPUTES} refs, denials of a claim)
 * @param confirmations  the developments confirming it ({@code CONFIRMS} refs, confirmations of a claim)
 * @param versions       competing versions of its fields ({@code version-reported})
 * @param deniedBy       who disputes it, derived from {@code disputes}
 */
public record Corroboration(String developmentId, List<Attribution> sources, List<String> rootSources,
                            int anonymous, int onRecord, List<String> sides, Confidence confidence, String note,
                            List<Reaction> disputes, List<Reaction> confirmations, List<Version> versions,
                            List<String> deniedBy) {
    /**
     * Copies the lists and derives {@code deniedBy} from the disputes.
     *
     * @param developmentId the development
     * @param sources its attributions, as recorded
     * @param rootSources the distinct root sources, in first-seen order
     * @param anonymous how many attributions end in an anonymous source
     * @param onRecord how many attributions end in a named source
     * @param sides the distinct affiliations of its root sources: the sides attesting it
     * @param confidence the reporter's grade; null when not graded
     * @param note the reporter's note
     * @param disputes the developments disputing it ({@code DISPUTES} refs, denials of a claim)
     * @param confirmations the developments confirming it ({@code CONFIRMS} refs, confirmations of a claim)
     * @param versions competing versions of its fields ({@code version-reported})
     * @param deniedBy who disputes it, derived from {@code disputes}
     */
    public Corroboration {
        sources = PersistentList.copyOf(sources);
        // Root sources recur across a negotiation's developments; share one instance of each name.
        rootSources = PersistentList.copyOf(rootSources.stream().map(String::intern).toList());
        sides = PersistentList.copyOf(sides);
        disputes = PersistentList.copyOf(disputes);
        confirmations = PersistentList.copyOf(confirmations);
        versions = PersistentList.copyOf(versions);
        Set<String> deniers = new LinkedHashSet<>();
        disputes.forEach(d -> deniers.addAll(d.by()));
        deniedBy = PersistentList.copyOf(List.copyOf(deniers));
    }

    /**
     * @param developmentId a development with nothing recorded about its sourcing yet
     * @return an empty corroboration to add reactions to
     */
    public static Corroboration unsourced(String developmentId) {
        return new Corroboration(developmentId, List.of(), List.of(), 0, 0, List.of(), null, null, List.of(),
                List.of(), List.of(), List.of());
    }

    /**
     * @param dispute the reaction that disputes the development
     * @return a copy with one more dispute
     */
    public Corroboration disputedBy(Reaction dispute) {
        return new Corroboration(developmentId, sources, rootSources, anonymous, onRecord, sides, confidence, note,
                PersistentList.copyOf(disputes).plus(dispute), confirmations, versions, null);
    }

    /**
     * @param confirmation the reaction that confirms the development
     * @return a copy with one more confirmation
     */
    public Corroboration confirmedBy(Reaction confirmation) {
        return new Corroboration(developmentId, sources, rootSources, anonymous, onRecord, sides, confidence, note,
                disputes, PersistentList.copyOf(confirmations).plus(confirmation), versions, deniedBy);
    }

    /**
     * @param version the competing version reported
     * @return a copy with one more competing version
     */
    public Corroboration withVersion(Version version) {
        return new Corroboration(developmentId, sources, rootSources, anonymous, onRecord, sides, confidence, note,
                disputes, confirmations, PersistentList.copyOf(versions).plus(version), deniedBy);
    }

    /** @return true when some development disputes it */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isDisputed() {
        return !disputes.isEmpty();
    }
}
