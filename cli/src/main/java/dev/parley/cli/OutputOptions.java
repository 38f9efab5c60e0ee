package dev.parley.cli;

import dev.parley.timeline.Progress;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.function.Function;

/**
 * {@code --quiet}, and whether long work draws a progress bar: only when stderr is a terminal. Java 17 cannot ask
 * that of stderr itself, so the {@code parley} launcher tells it ({@code -Dparley.stderr.terminal=true} when
 * {@code [ -t 2 ]}); without the launcher, an interactive console counts.
 */
final class OutputOptions {
    /** The system property the launcher sets when stderr is a terminal. */
    static final String TERMINAL_PROPERTY = "parley.stderr.terminal";

    @Option(names = {"-q", "--quiet"}, description = "print nothing but errors: no summary, no progress bar")
    boolean quiet;

    /** @return whether a summary line may be printed */
    boolean verbose() {
        return !quiet;
    }

    /**
     * Runs work that reports progress, with a bar on stderr when that is a terminal and not {@code --quiet}.
     *
     * @param spec  the command, for its stderr
     * @param label what the bar says it does
     * @param unit  what the figures count
     * @param finishingStage what the work does once everything is read, e.g. {@code committing}; or null
     * @param work  the work, given where to report
     * @return what the work returned
     */
    <T> T withProgress(CommandSpec spec, String label, ProgressBar.Unit unit, String finishingStage,
                       Function<Progress, T> work) {
        if (quiet || !stderrIsTerminal()) {
            return work.apply(Progress.NONE);
        }
        PrintWriter err = spec.commandLine().getErr();
        if (err instanceof Terminal.SafeWriter safe) {
            err = safe.unfiltered();
        }
        ProgressBar bar = new ProgressBar(err, label, unit, finishingStage, System::nanoTime);
        try {
            T result = work.apply(bar);
            bar.done();
            return result;
        } finally {
            bar.finish();
        }
    }

    static boolean stderrIsTerminal() {
        String told = System.getProperty(TERMINAL_PROPERTY);
        return told != null ? Boolean.parseBoolean(told) : System.console() != null;
    }
}
