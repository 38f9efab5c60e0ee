package dev.parley.cli;

import dev.parley.model.ParleyJson;
import dev.parley.timeline.Development;
import dev.parley.timeline.TimelineQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code parley timeline [--party NAME] FILE}: developments in the order they happened. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Record a timeline file and list its developments in the order they occurred.")
final class TimelineCommand implements Callable<Integer> {

    @Mixin
    TimelineFileArgument input;

    @Option(names = "--party", paramLabel = "NAME", description = "only developments involving NAME")
    String party;

    @Option(names = "--type", paramLabel = "TYPE", split = ",",
            description = "only these development types, e.g. offer-made,demand-made")
    Set<String> types = Set.of();

    @Option(names = "--from", paramLabel = "DATE", description = "only developments that may have occurred on or after DATE")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "only developments that may have occurred on or before DATE")
    LocalDate to;

    @Option(names = "--json", description = "print the developments as JSON")
    boolean json;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (StoreOptions.Recorded recorded = store.openAndRecord(input.file)) {
            List<Development> developments = recorded.parley().timeline(recorded.negotiationId(),
                    new TimelineQuery(party, types, from, to));
            if (json) {
                spec.commandLine().getOut().println(ParleyJson.codec().writer().withDefaultPrettyPrinter()
                        .writeValueAsString(developments));
            } else {
                for (Development d : developments) {
                    spec.commandLine().getOut().printf("%-24s %-30s %s%n", d.occurred(), d.typeName(), d.id());
                }
            }
        }
        return 0;
    }
}
