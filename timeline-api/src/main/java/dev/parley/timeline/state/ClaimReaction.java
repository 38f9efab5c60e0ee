package dev.parley.timeline.state;

import dev.parley.timeline.Agent;
import dev.parley.timeline.PartialDate;

/**
 * A denial or confirmation of a claim.
 *
 * @param developmentId the reacting development
 * @param by            who reacted
 * @param quote         their words
 * @param on            when
 * @param summary       a paraphrase of their answer
 */
public record ClaimReaction(String developmentId, Agent by, String quote, PartialDate on, String summary) {
}
