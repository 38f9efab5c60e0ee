package dev.parley.timeline;

/**
 * What part of an implementation step a {@link RefKind#DISPUTES} ref disputes, when it is not the whole step: the
 * disputed shares ({@link Ref#disputed()}) are kept apart in the ledger while the rest of the step stays counted.
 */
public enum DisputedAspect {
    /** The identity of items handed over ("one of the four bodies is not a hostage's"). */
    ITEM,
    /** The link of the step, or of some of its shares, to the agreement or provision it is recorded under. */
    LINK,
    /** The count: fewer were delivered than the step reports. */
    COUNT
}
