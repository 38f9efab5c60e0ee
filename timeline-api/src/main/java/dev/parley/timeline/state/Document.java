package dev.parley.timeline.state;

import dev.parley.timeline.DocumentKind;
import dev.parley.timeline.PartialDate;

import java.util.List;

/**
 * A document that changed hands.
 *
 * @param id        the id of the development that recorded the delivery
 * @param kind      memorandum, draft, list ...
 * @param title     its title
 * @param from      who handed it over
 * @param to        who received it
 * @param delivered when
 * @param contents  the demands or points it contains
 */
public record Document(String id, DocumentKind kind, String title, String from, String to, PartialDate delivered,
                       List<String> contents) {
    /**
     * Copies the list.
     *
     * @param id the id of the development that recorded the delivery
     * @param kind memorandum, draft, list ...
     * @param title its title
     * @param from who handed it over
     * @param to who received it
     * @param delivered when
     * @param contents the demands or points it contains
     */
    public Document {
        contents = PersistentList.copyOf(contents);
    }
}
