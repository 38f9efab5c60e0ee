package dev.parley.timeline.state;

import dev.parley.timeline.PartialDate;

/**
 * One answer to a position.
 *
 * @param developmentId the answering development
 * @param status        the status the answer gave the position
 * @param by            who answered
 * @param reason        the stated reason or wording
 * @param on            when
 */
public record Response(String developmentId, PositionStatus status, String by, String reason, PartialDate on) {
}
