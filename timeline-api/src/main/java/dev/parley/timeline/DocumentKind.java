package dev.parley.timeline;

/** What kind of document changed hands. */
public enum DocumentKind {
    /** A memorandum setting out positions or conditions. */
    MEMORANDUM,
    /** A draft text of an agreement. */
    DRAFT_AGREEMENT,
    /** A formal letter. */
    LETTER,
    /** A list, e.g. of prisoners or of children. */
    LIST,
    /** A written proposal or plan. */
    PROPOSAL,
    /** A signed agreement or protocol. */
    AGREEMENT,
    /** Anything else; say what in the title. */
    OTHER
}
