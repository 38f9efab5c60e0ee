package dev.parley.timeline;

import java.util.List;
import java.util.Objects;

/**
 * What a salvaging export of a damaged negotiation did: how many stored developments could be read and were
 * written as a timeline file, and which could not, each with its raw stored JSON so that an operator can repair it
 * by hand and import the repaired file.
 *
 * <pre>{@code
 * SalvageReport report = parley.exportSalvaged("talks", timelineOut, unreadableOut, Progress.NONE);
 * report.unreadable().forEach(u -> System.err.println(u.sequence() + " " + u.type() + ": " + u.reason()));
 * }</pre>
 *
 * @param negotiationId the negotiation
 * @param written       developments written to the timeline file
 * @param unreadable    the stored developments that could not be read, in stored order
 */
public record SalvageReport(String negotiationId, long written, List<Unreadable> unreadable) {
    /**
     * @param negotiationId the negotiation
     * @param written       developments written to the timeline file
     * @param unreadable    the stored developments that could not be read, in stored order
     */
    public SalvageReport {
        Objects.requireNonNull(negotiationId, "negotiationId");
        unreadable = List.copyOf(unreadable);
    }

    /** @return whether every stored development was readable */
    public boolean complete() {
        return unreadable.isEmpty();
    }

    /**
     * One stored development that could not be read.
     *
     * @param sequence its sequence number in the negotiation's stored history
     * @param type     its stored type name, e.g. {@code offer-made}
     * @param revision its stored payload revision
     * @param reason   why it cannot be read, in Parley's words
     * @param stored   its payload exactly as stored (JSON, or what is left of it)
     */
    public record Unreadable(long sequence, String type, String revision, String reason, String stored) {
    }
}
