package dev.parley.timeline.state;

import java.util.List;

/**
 * Every figure reported for one subject, side by side. Parley never picks one.
 *
 * @param subject   what is counted
 * @param versions  each source's figure, in recorded order
 * @param competing true when the versions give different figures
 */
public record Figure(String subject, List<FigureVersion> versions, boolean competing) {
    /** Copies the list and derives {@code competing}. */
    public Figure {
        versions = PersistentList.copyOf(versions);
        competing = versions.stream().map(FigureVersion::figure).distinct().count() > 1;
    }
}
