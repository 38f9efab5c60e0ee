package dev.parley.cli;

import dev.parley.core.Timeline;
import dev.parley.core.TimelineFiles;
import dev.parley.timeline.RecordResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.List;
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
        Timeline timeline = TimelineFiles.read(input.file);
        try (var parley = store.open()) {
            List<RecordResult> results = parley.recordAll(timeline.developments());
            long recorded = results.stream().filter(r -> r == RecordResult.RECORDED).count();
            spec.commandLine().getOut().println(input.file + ": " + recorded + " recorded, "
                    + (results.size() - recorded) + " already recorded, negotiation " + timeline.negotiationId());
        }
        return 0;
    }
}
