package dev.parley.timeline.state;

import dev.parley.timeline.Agent;
import dev.parley.timeline.PartialDate;

import java.util.List;

/**
 * Something said, verbatim or summarised.
 *
 * @param developmentId the statement's development
 * @param speaker       who said it
 * @param quote         the words verbatim
 * @param summary       a paraphrase
 * @param on            when
 * @param to            whom it was addressed to
 */
public record Statement(String developmentId, Agent speaker, String quote,
                        String summary, PartialDate on, List<String> to) {
    /**
     * Copies the list.
     *
     * @param developmentId the statement's development
     * @param speaker who said it
     * @param quote the words verbatim
     * @param summary a paraphrase
     * @param on when
     * @param to whom it was addressed to
     */
    public Statement {
        to = PersistentList.copyOf(to);
    }
}
