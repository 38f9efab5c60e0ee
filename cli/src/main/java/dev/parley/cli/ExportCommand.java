package dev.parley.cli;

import dev.parley.Parley;
import dev.parley.model.ParleyJson;
import dev.parley.timeline.Progress;
import dev.parley.render.TimelineJs;
import dev.parley.timeline.Development;
import dev.parley.timeline.state.NegotiationState;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write here instead of to stdout")
    Path output;

    @Mixin
    StoreOptions store;

    @Mixin
    OutputOptions quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (Parley parley = store.open()) {
            String id = negotiation != null ? negotiation : onlyNegotiation(parley.negotiations());
            if (output == null) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                requireFound(parley, id, write(parley, id, bytes, Progress.NONE));
                spec.commandLine().getOut().println(bytes.toString(StandardCharsets.UTF_8));
                return 0;
            }
            long written;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
                written = quiet.withProgress(spec, "export", ProgressBar.Unit.DEVELOPMENTS,
                        progress -> write(parley, id, out, progress));
            }
            if (written == 0) {
                Files.deleteIfExists(output);
            }
            requireFound(parley, id, written);
        }
        return 0;
    }

    /**
     * A timeline file streams from the event store, so a long negotiation is exported in constant memory (and
     * without waiting for the read side); TimelineJS, a page-sized format, is built from the state in memory.
     *
     * @return how many developments were written; 0 for an unknown negotiation
     */
    private long write(Parley parley, String id, OutputStream out, Progress progress) {
        if (format == Format.parley) {
            return parley.exportTimeline(id, out, progress);
        }
        Optional<NegotiationState> state = parley.state(id);
        if (state.isEmpty()) {
            return 0;
        }
        List<Development> developments = parley.developments(id);
        try {
            ParleyJson.codec().writer().withDefaultPrettyPrinter()
                    .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValue(out, TimelineJs.export(state.get(), developments));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress.update(developments.size(), developments.size());
        return developments.size();
    }

    private void requireFound(Parley parley, String id, long written) {
        if (written == 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no negotiation '" + id
                    + "' in the store; it holds " + parley.negotiations());
        }
    }

    private String onlyNegotiation(List<String> negotiations) {
        if (negotiations.size() != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the store holds " + negotiations.size()
                    + " negotiations " + negotiations + "; choose one with --negotiation");
        }
        return negotiations.get(0);
    }
}
