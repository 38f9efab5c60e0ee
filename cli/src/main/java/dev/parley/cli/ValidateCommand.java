package dev.parley.cli;

import dev.parley.timeline.ImportReport;
import dev.parley.model.TimelineFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code parley validate FILE}: checks a file against the format and the rules, storing nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a timeline file against the format and the rules without storing anything.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    TimelineFileArgument input;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ImportReport report = TimelineFiles.validate(input.file);
        if (output.verbose()) {
            spec.commandLine().getOut().println(Terminal.line(input.file + ": valid, negotiation "
                    + report.negotiationId() + ", " + report.developments() + " developments"));
        }
        return 0;
    }
}
