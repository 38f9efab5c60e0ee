package dev.parley.cli;

import dev.parley.timeline.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code parley import FILE}: records a file in the store, streamed, atomically and idempotently. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Record a timeline file in the store: all of it or nothing; developments already recorded "
                + "are skipped. The file is streamed, so its size is not limited by memory. A progress bar is "
                + "drawn on stderr when that is a terminal.")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    TimelineFileArgument input;

    @Mixin
    StoreOptions store;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (StoreOptions.Recorded recorded = output.withProgress(spec, "import", ProgressBar.Unit.BYTES,
                "committing", progress -> store.openAndRecord(input.file, progress))) {
            ImportReport report = recorded.report();
            if (output.verbose()) {
                spec.commandLine().getOut().println(Terminal.line(input.file + ": " + report.recorded()
                        + " recorded, " + report.alreadyRecorded() + " already recorded, negotiation "
                        + report.negotiationId()));
            }
        }
        return 0;
    }
}
