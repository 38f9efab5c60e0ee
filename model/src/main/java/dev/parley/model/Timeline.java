package dev.parley.model;

import dev.parley.timeline.Development;

import java.util.List;

/**
 * A timeline document: one negotiation and its developments, as read from or written to a JSON timeline file
 * (format {@value TimelineFiles#FORMAT}, see {@code docs/format.md}).
 *
 * @param negotiationId the negotiation
 * @param developments  its developments, in the order they are to be recorded
 */
public record Timeline(String negotiationId, List<Development> developments) {
    /**
     * Copies the list.
     *
     * @param negotiationId the negotiation
     * @param developments its developments, in the order they are to be recorded
     */
    public Timeline {
        developments = List.copyOf(developments);
    }
}
