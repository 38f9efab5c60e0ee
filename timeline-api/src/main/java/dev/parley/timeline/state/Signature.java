package dev.parley.timeline.state;

import dev.parley.timeline.Agent;
import dev.parley.timeline.PartialDate;

import java.util.List;

/**
 * One party's signature of an agreement, with the counter-signatories of that copy and the people who signed.
 *
 * @param developmentId the {@code agreement-signed} development
 * @param by            the party signing
 * @param with          who counter-signed this signature
 * @param venue         where
 * @param on            when
 * @param signatories   who signed, each in the capacity of their role; empty when not reported
 */
public record Signature(String developmentId, String by, List<String> with, String venue, PartialDate on,
                        List<Agent> signatories) {
    /**
     * Copies the lists. A state written before signatories were kept (a checkpoint, a snapshot) has none, so a
     * missing list reads as empty.
     *
     * @param developmentId the {@code agreement-signed} development
     * @param by the party signing
     * @param with who counter-signed this signature
     * @param venue where
     * @param on when
     * @param signatories who signed, each in the capacity of their role
     */
    public Signature {
        with = PersistentList.copyOf(with);
        signatories = signatories == null ? List.of() : PersistentList.copyOf(signatories);
    }

    /**
     * A signature without signatories, as before they were reported.
     *
     * @param developmentId the {@code agreement-signed} development
     * @param by the party signing
     * @param with who counter-signed this signature
     * @param venue where
     * @param on when
     */
    public Signature(String developmentId, String by, List<String> with, String venue, PartialDate on) {
        this(developmentId, by, with, venue, on, List.of());
    }
}
