package dev.parley.cli;

import dev.parley.timeline.RuleViolationException;
import dev.parley.timeline.StoreException;
import dev.parley.timeline.TimelineFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code parley} command line. Exit codes: 0 ok, 1 input rejected, 2 usage error, 3 store unavailable.
 *
 * <pre>
 * ./parley show examples/data/istanbul-2025-06-02.json
 * ./parley show --json examples/data/istanbul-2025-06-02.json
 * </pre>
 */
@Command(name = "parley", mixinStandardHelpOptions = true, versionProvider = ParleyCommand.Version.class,
        description = "Keeps the timeline of a negotiation as an event-sourced history.",
        subcommands = {ShowCommand.class, TimelineCommand.class, DiffCommand.class, ValidateCommand.class,
                ImportCommand.class, ExportCommand.class, RenderCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:input rejected (bad file or a rule broken)", "2:usage error",
                "3:store unavailable"})
public final class ParleyCommand {
    /** Exit code: the input was rejected. */
    public static final int INPUT_REJECTED = 1;
    /** Exit code: wrong usage. */
    public static final int USAGE = 2;
    /** Exit code: the store could not be opened or failed. */
    public static final int STORE_UNAVAILABLE = 3;

    /**
     * @param args command line arguments
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the command line without exiting; for tests and embedding.
     *
     * @param args command line arguments
     * @return the exit code
     */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new ParleyCommand())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("parley: " + e.getMessage());
                    if (e instanceof TimelineFormatException || e instanceof RuleViolationException) {
                        return INPUT_REJECTED;
                    }
                    if (e instanceof StoreException) {
                        return STORE_UNAVAILABLE;
                    }
                    throw e;
                });
        return commandLine.execute(args);
    }

    /** Reads the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = ParleyCommand.class.getPackage().getImplementationVersion();
            return new String[]{"parley " + (version == null ? "development build" : version)};
        }
    }
}
