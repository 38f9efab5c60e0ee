package dev.parley.cli;

import dev.parley.timeline.RecordResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code parley import FILE}: records a file in the store, atomically and idempotently. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Record a timeline file in the store: all of it or nothing; developments already recorded "
                + "are skipped.")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    TimelineFileArgument input;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (StoreOptions.Recorded recorded = store.openAndRecord(input.file)) {
            long fresh = recorded.results().stream().filter(r -> r == RecordResult.RECORDED).count();
            spec.commandLine().getOut().println(input.file + ": " + fresh + " recorded, "
                    + (recorded.results().size() - fresh) + " already recorded, negotiation "
                    + recorded.negotiationId());
        }
        return 0;
    }
}
