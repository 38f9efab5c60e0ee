package dev.parley.cli;

import dev.parley.Parley;
import dev.parley.render.TimelineJs;
import dev.parley.timeline.Development;
import dev.parley.timeline.Progress;
import dev.parley.timeline.SalvageReport;
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

    @Option(names = "--salvage", description = "export what can still be read of a damaged negotiation: every "
            + "readable development goes to the -o file, every unreadable one (with its stored JSON, to repair by "
            + "hand and import) to FILE.unreadable.json; needs -o and --format parley")
    boolean salvage;

    @Mixin
    StoreOptions store;

    @Mixin
    OutputOptions quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (salvage && (output == null || format != Format.parley)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--salvage: writes a timeline file and a list of the unreadable developments beside it; give "
                            + "-o FILE and leave --format at parley");
        }
        if (output != null) {
            OutputFile.check(spec, output, force, store.files());
        }
        if (salvage) {
            OutputFile.check(spec, unreadableFile(), force, store.files());
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
            if (salvage) {
                salvage(parley, id);
                return 0;
            }
            OutputFile.write(output, out -> quiet.withProgress(spec, "export", ProgressBar.Unit.DEVELOPMENTS,
                    null, progress -> write(parley, id, out, progress)));
        }
        return 0;
    }

    /** The side file of {@code --salvage}: next to the -o file. */
    private Path unreadableFile() {
        return output.resolveSibling(output.getFileName() + ".unreadable.json");
    }

    /**
     * Both files are written in full before either is moved into place, through {@link OutputFile}; the list of
     * unreadable developments is written even when it is empty, so a script finds it either way.
     */
    private void salvage(Parley parley, String id) throws IOException {
        ByteArrayOutputStream unreadable = new ByteArrayOutputStream();
        SalvageReport report = OutputFile.write(output, out -> quiet.withProgress(spec, "export",
                ProgressBar.Unit.DEVELOPMENTS, null,
                progress -> parley.exportSalvaged(id, out, unreadable, progress)));
        OutputFile.write(unreadableFile(), out -> {
            unreadable.writeTo(out);
            return null;
        });
        String unreadableOnes = report.complete()
                ? "all were readable (" + unreadableFile() + " lists none)"
                : report.unreadable().size() + " could not be read (sequence " + report.unreadable().stream()
                        .map(u -> String.valueOf(u.sequence())).collect(java.util.stream.Collectors.joining(", "))
                        + "); " + unreadableFile() + " lists them with their stored JSON";
        spec.commandLine().getErr().println(Terminal.line("exported " + report.written() + " developments of '"
                + id + "' to " + output + "; " + unreadableOnes));
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
