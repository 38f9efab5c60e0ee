package dev.parley.timeline.state;

import java.util.List;

/**
 * Every figure reported for one subject, side by side. Parley never picks one.
 *
 * <pre>{@code
 * Figure figure = Figure.of("detainees", List.of(northCount)).plus(southCount);
 * figure.competing();   // true when the two counts differ
 * }</pre>
 *
 * @param subject   what is counted
 * @param versions  each source's figure, in recorded order
 * @param competing true when the versions give different figures; use {@link #of} or {@link #plus}, which derive it
 */
public record Figure(String subject, List<FigureVersion> versions, boolean competing) {
    /**
     * Copies the list.
     *
     * @param subject what is counted
     * @param versions each source's figure, in recorded order
     * @param competing true when the versions give different figures; use {@link #of} or {@link #plus}, which
     *                  derive it
     */
    public Figure {
        versions = PersistentList.copyOf(versions);
    }

    /**
     * @param subject  what is counted
     * @param versions each source's figure, in recorded order
     * @return the figure, {@code competing} derived from the versions
     */
    public static Figure of(String subject, List<FigureVersion> versions) {
        return new Figure(subject, versions, versions.stream().map(FigureVersion::figure).distinct().count() > 1);
    }

    /**
     * @param version another source's figure
     * @return this figure with the version added; {@code competing} is updated without rescanning the versions,
     *         so a subject reported a hundred thousand times folds in linear time
     */
    public Figure plus(FigureVersion version) {
        boolean differs = !versions.isEmpty() && !versions.get(0).figure().equals(version.figure());
        return new Figure(subject, PersistentList.copyOf(versions).plus(version), competing || differs);
    }
}
