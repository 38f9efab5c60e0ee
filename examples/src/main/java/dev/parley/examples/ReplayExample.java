package dev.parley.examples;

import dev.parley.Parley;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import dev.parley.timeline.Progress;
import dev.parley.timeline.TimelineQuery;
import dev.parley.timeline.state.Change;
import dev.parley.timeline.state.NegotiationState;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Replaying history through the facade: the state on a day, what changed between two days, the history of one
 * party, and a rebuild of the read side. The README's "Replaying history" snippet is this file, checked by
 * {@code ReadmeTest}.
 *
 * <pre>{@code
 * java -cp cli/target/parley-cli.jar:examples/target/classes dev.parley.examples.ReplayExample \
 *     examples/data/arland-borovia-2025.json
 * }</pre>
 */
public final class ReplayExample {

    private ReplayExample() {
    }

    /**
     * Imports a timeline file into memory and replays it.
     *
     * @param args the timeline file (default: the fictional Arland–Borovia negotiation)
     */
    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "examples/data/arland-borovia-2025.json");
        try (Parley parley = Parley.inMemory()) {
            String id = parley.importTimeline(file, Progress.NONE).negotiationId();
            LocalDate april1 = LocalDate.of(2025, 4, 1);
            LocalDate may20 = LocalDate.of(2025, 5, 20);
            // snippet:replay
            NegotiationState june3 = parley.state(id, AsOf.occurredBy(LocalDate.of(2025, 6, 3))).orElseThrow();
            List<Change> changes = parley.diff(id, AsOf.occurredBy(april1), AsOf.occurredBy(may20));
            List<Development> celesta = parley.timeline(id, TimelineQuery.all().withParty("Celesta"));
            parley.rebuild((processed, total) -> System.err.printf("rebuilt %d of %d%n", processed, total));
            // end-snippet:replay
            System.out.println(june3.developmentCount() + " developments by 3 June, " + changes.size()
                    + " changes from 1 April to 20 May, " + celesta.size() + " involving Celesta");
        }
    }
}
