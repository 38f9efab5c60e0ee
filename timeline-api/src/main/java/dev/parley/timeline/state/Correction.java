package dev.parley.timeline.state;

import dev.parley.timeline.PartialDate;

/**
 * A correction or retraction in effect.
 *
 * @param developmentId the correcting or retracting development
 * @param target        the development corrected or retracted
 * @param kind          corrected or retracted
 * @param reason        why
 * @param reported      when the correction became known
 */
public record Correction(String developmentId, String target, Kind kind, String reason, PartialDate reported) {
    /** What happened to the target. */
    public enum Kind {
        /** Its content was replaced. */
        CORRECTED,
        /** It no longer counts. */
        RETRACTED
    }
}
