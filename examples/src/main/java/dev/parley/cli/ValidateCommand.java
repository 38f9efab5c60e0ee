package dev.parley.cli;

import dev.parley.core.Timeline;
import dev.parley.core.TimelineFiles;
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Timeline timeline = TimelineFiles.validate(input.file);
        spec.commandLine().getOut().println(input.file + ": valid, negotiation " + timeline.negotiationId() + ", "
                + timeline.developments().size() + " developments");
        return 0;
    }
}
