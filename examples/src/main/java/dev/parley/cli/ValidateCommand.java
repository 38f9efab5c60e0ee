package dev.parley.cli;

import dev.parley.core.Timeline;
import dev.parley.core.TimelineFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code parley validate FILE}: checks a file against the format and the rules, storing nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a timeline file against the format and the rules without storing anything.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "a timeline file (format parley/1)")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Timeline timeline = TimelineFiles.validate(file);
        spec.commandLine().getOut().println(file + ": valid, negotiation " + timeline.negotiationId() + ", "
                + timeline.developments().size() + " developments");
        return 0;
    }
}
