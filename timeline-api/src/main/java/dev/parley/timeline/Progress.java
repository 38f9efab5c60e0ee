package dev.parley.timeline;

/**
 * Told how far a long operation got (an import, an export, a read-side rebuild), so a caller can draw a progress
 * bar or log. Called from the working thread, a few times per second at most for file work; keep it cheap.
 *
 * <pre>{@code
 * parley.importTimeline(file, (done, total) -> System.err.printf("\r%d of %d bytes", done, total));
 * }</pre>
 */
@FunctionalInterface
public interface Progress {
    /** Ignores all progress. */
    Progress NONE = (done, total) -> { };

    /**
     * @param done  how much is done, in the operation's unit (bytes read, developments written, store positions)
     * @param total how much there is in all, or -1 when unknown
     */
    void update(long done, long total);
}
