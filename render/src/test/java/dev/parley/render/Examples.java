package dev.parley.render;

import dev.parley.model.NegotiationProjection;
import dev.parley.model.Timeline;
import dev.parley.model.TimelineFiles;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.PositionTaken;
import dev.parley.timeline.state.NegotiationState;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The example negotiations the renderers are tested on: every {@code examples/data/*.json}, and the largest. */
final class Examples {
    static final Path DATA = Path.of("../examples/data");

    private Examples() {
    }

    /** @return every example file, by name */
    static List<Path> files() {
        try (Stream<Path> files = Files.list(DATA)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return the example with the most developments; while none has {@value SyntheticNegotiation#MINIMUM}, the
     *         {@link SyntheticNegotiation}, written to {@code target/} like a real file
     */
    static Example largest() {
        Example largest = files().stream().map(Examples::read)
                .max(Comparator.comparingInt(e -> e.timeline().developments().size())).orElseThrow();
        if (largest.timeline().developments().size() >= SyntheticNegotiation.MINIMUM) {
            return largest;
        }
        Path file = Path.of("target", "synthetic", SyntheticNegotiation.ID + ".json");
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                TimelineFiles.write(new Timeline(SyntheticNegotiation.ID, SyntheticNegotiation.developments()), out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(file);
    }

    static Example read(Path file) {
        return new Example(file, TimelineFiles.read(file));
    }

    /**
     * An example file with its state as Parley computes it.
     *
     * @param file     where it was read from
     * @param timeline its content
     */
    record Example(Path file, Timeline timeline) {
        String name() {
            return file.getFileName().toString().replaceFirst("\\.json$", "");
        }

        List<Development> developments() {
            return timeline.developments();
        }

        /** @return the day after every date the file mentions, so that renderings do not depend on the clock */
        LocalDate today() {
            LocalDate last = LocalDate.MIN;
            for (Development d : developments()) {
                last = max(max(last, d.occurred().latest()), d.reported().latest());
                if (d instanceof PositionTaken p && p.deadline() != null) {
                    last = max(last, p.deadline().by().latest());
                }
            }
            return last.plusDays(1);
        }

        /** @return the current state, evaluated today, as {@code Parley.state(id)} gives it */
        NegotiationState state() {
            return NegotiationProjection.replay(timeline.negotiationId(), developments(), AsOf.now(), today());
        }

        @Override
        public String toString() {
            return name();
        }

        private static LocalDate max(LocalDate a, LocalDate b) {
            return a.isAfter(b) ? a : b;
        }
    }
}
