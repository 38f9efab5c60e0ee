package dev.parley.timeline.state;

import dev.parley.timeline.Agent;
import dev.parley.timeline.PartialDate;

/**
 * Something said, verbatim or summarised.
 *
 * @param developmentId the statement's development
 * @param speaker       who said it
 * @param quote         the words verbatim
 * @param summary       a paraphrase
 * @param on            when
 */
public record Statement(String developmentId, Agent speaker, String quote,
                        String summary, PartialDate on) {
}
