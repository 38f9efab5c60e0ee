package dev.parley.cli;

import dev.parley.Parley;
import dev.parley.render.TimelineJs;
import dev.parley.timeline.Development;
import dev.parley.timeline.Progress;
import dev.parley.timeline.state.NegotiationState;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code parley export}: a negotiation from the store, as a timeline file or as TimelineJS JSON. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a negotiation from the store as a timeline file (parley) or as TimelineJS JSON.")
final class ExportCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { parley, timelinejs }

    @Option(names = "--format", defaultValue = "parley", paramLabel = "FORMAT",
            description = "parley (default; imports back identically) or timelinejs")
    Format format;

    @Option(names = "--negotiation", paramLabel = "ID",
            description = "the negotiation to export; may be left out when the store holds only one")
    String negotiation;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "write here instead of to stdout; written in full to a temporary file first, so a "
                    + "failure leaves FILE as it was")
    Path output;

    @Option(names = "--force", description = "replace the -o file if it exists")
    boolean force;

    @Mixin
    StoreOptions store;

    @Mixin
    OutputOptions quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (output != null) {
            OutputFile.check(spec, output, force, store.files());
        }
        try (Parley parley = store.open()) {
            List<String> negotiations = parley.negotiations();
            String id = negotiation != null ? negotiation : onlyNegotiation(negotiations);
            if (!negotiations.contains(id)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--negotiation: no negotiation '" + id
                        + "' in the store; it holds " + (negotiations.isEmpty() ? "none" : negotiations));
            }
            if (output == null) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                write(parley, id, bytes, Progress.NONE);
                spec.commandLine().getOut().println(bytes.toString(StandardCharsets.UTF_8));
                return 0;
            }
            OutputFile.write(output, out -> quiet.withProgress(spec, "export", ProgressBar.Unit.DEVELOPMENTS,
                    null, progress -> write(parley, id, out, progress)));
        }
        return 0;
    }

    /**
     * A timeline file streams from the event store, so a long negotiation is exported in constant memory (and
     * without waiting for the read side); TimelineJS, a page-sized format, is built from the state in memory.
     */
    private long write(Parley parley, String id, OutputStream out, Progress progress) {
        if (format == Format.parley) {
            return parley.exportTimeline(id, out, progress);
        }
        NegotiationState state = parley.state(id).orElseThrow();
        List<Development> developments = parley.developments(id);
        Json.writeTo(out, TimelineJs.export(state, developments));
        progress.update(developments.size(), developments.size());
        return developments.size();
    }

    private String onlyNegotiation(List<String> negotiations) {
        if (negotiations.size() != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the store holds " + negotiations.size()
                    + " negotiations " + negotiations + "; choose one with --negotiation");
        }
        return negotiations.get(0);
    }
}
