package dev.parley.cli;

import dev.parley.timeline.AsOf;
import dev.parley.timeline.state.Change;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code parley diff --from DATE --to DATE FILE}: what changed between two dates. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Record a timeline file and print what changed between two dates, with the developments "
                + "that caused each change.")
final class DiffCommand implements Callable<Integer> {

    @Mixin
    TimelineFileArgument input;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "the earlier date (yyyy-MM-dd)")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "the later date (yyyy-MM-dd)")
    LocalDate to;

    @Option(names = "--axis", paramLabel = "AXIS", defaultValue = "occurred",
            description = "compare what had happened (occurred, default) or what was known (known) by each date")
    Axis axis;

    @Option(names = "--json", description = "print the changes as JSON: kind, subject, field, from, to, causedBy")
    boolean json;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    /** Which time axis the two dates cut. */
    enum Axis { occurred, known }

    @Override
    public Integer call() {
        TimelineCommand.requireOrdered(spec, from, to);
        try (StoreOptions.Recorded recorded = store.openAndRecord(input.file)) {
            List<Change> changes = recorded.parley().diff(recorded.negotiationId(), cut(from), cut(to));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.changes(changes));
                return 0;
            }
            out.println("Changes from " + from + " to " + to + " (" + (axis == Axis.occurred
                    ? "what had occurred" : "what was known") + " by each date):");
            if (changes.isEmpty()) {
                out.println("  none");
            }
            changes.forEach(c -> out.println("  " + Terminal.line(ChangeText.of(c))));
        }
        return 0;
    }

    private AsOf cut(LocalDate day) {
        return axis == Axis.occurred ? AsOf.occurredBy(day) : AsOf.knownAt(day);
    }
}
