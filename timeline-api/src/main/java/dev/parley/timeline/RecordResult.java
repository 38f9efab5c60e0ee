package dev.parley.timeline;

/** What recording one development did. */
public enum RecordResult {
    /** The development was new and is now stored. */
    RECORDED,
    /** A development with the same id and the same content was stored before; nothing was stored now. */
    ALREADY_RECORDED
}
