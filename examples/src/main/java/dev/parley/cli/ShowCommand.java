package dev.parley.cli;

import dev.parley.Parley;
import dev.parley.core.ParleyJson;
import dev.parley.core.Timeline;
import dev.parley.core.TimelineFiles;
import dev.parley.timeline.state.NegotiationState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code parley show FILE}: records a timeline file in the store (idempotently) and prints the state. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Record a timeline file in the store (idempotent) and print the negotiation's state.")
final class ShowCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "a timeline file (format parley/1, see docs/format.md)")
    Path file;

    @Option(names = "--json", description = "print the state as JSON instead of a readable summary")
    boolean json;

    @Mixin
    StoreOptionsMixin store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Timeline timeline = TimelineFiles.read(file);
        try (Parley parley = store.open()) {
            parley.recordAll(timeline.developments());
            NegotiationState state = parley.state(timeline.negotiationId()).orElseThrow(() ->
                    new IllegalStateException("negotiation " + timeline.negotiationId() + " has no state"));
            spec.commandLine().getOut().println(json ? ParleyJson.toPrettyJson(state) : StateReport.render(state));
        }
        return 0;
    }

    /** The store options as a picocli mixin. */
    static final class StoreOptionsMixin {
        @Option(names = "--db", paramLabel = "PATH",
                description = "H2 database file of the embedded store (default: ${DEFAULT-VALUE})",
                defaultValue = ".parley/parley")
        Path db;

        @Option(names = "--in-memory", description = "use a throw-away in-memory store instead of the H2 file")
        boolean inMemory;

        Parley open() {
            return inMemory ? Parley.inMemory() : Parley.h2(db);
        }
    }
}
