package dev.parley.timeline.state;

import dev.parley.timeline.PartialDate;

import java.util.List;

/**
 * One party's signature of an agreement, with the counter-signatories of that copy.
 *
 * @param developmentId the {@code agreement-signed} development
 * @param by            the party signing
 * @param with          who counter-signed this signature
 * @param venue         where
 * @param on            when
 */
public record Signature(String developmentId, String by, List<String> with, String venue, PartialDate on) {
    /**
     * Copies the list.
     *
     * @param developmentId the {@code agreement-signed} development
     * @param by the party signing
     * @param with who counter-signed this signature
     * @param venue where
     * @param on when
     */
    public Signature {
        with = PersistentList.copyOf(with);
    }
}
