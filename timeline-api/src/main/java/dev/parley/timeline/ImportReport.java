package dev.parley.timeline;

/**
 * What importing (or validating) a timeline file did.
 *
 * <pre>{@code
 * ImportReport report = parley.importTimeline(Path.of("talks.json"), Progress.NONE);
 * System.out.println(report.recorded() + " new, " + report.alreadyRecorded() + " already recorded");
 * }</pre>
 *
 * @param source          the file (or input name)
 * @param negotiationId   the file's negotiation
 * @param recorded        developments that were new (for a validation: that would be new in an empty store)
 * @param alreadyRecorded developments identical to ones already recorded, skipped
 */
public record ImportReport(String source, String negotiationId, long recorded, long alreadyRecorded) {
    /** @return all developments in the file */
    public long developments() {
        return recorded + alreadyRecorded;
    }
}
