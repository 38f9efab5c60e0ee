package dev.parley.timeline;

/**
 * The reporter's own grade of one report ({@code "confidence"} in a development's envelope): how far the person
 * writing the timeline trusts it. Parley keeps the grade next to the development and computes nothing from it.
 */
public enum Confidence {
    /** Well sourced: on the record, or several independent sources. */
    HIGH,
    /** Plausible but thinly sourced. */
    MEDIUM,
    /** A single weak, anonymous or contested source. */
    LOW
}
