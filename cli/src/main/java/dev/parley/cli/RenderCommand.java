package dev.parley.cli;

import dev.parley.render.HtmlTimeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code parley render FILE -o timeline.html}: one self-contained offline HTML page. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Record a timeline file and write it as one self-contained, offline HTML page: lanes per "
                + "party, rounds as bands, status colours, details on click, an as-of slider.")
final class RenderCommand implements Callable<Integer> {

    @Mixin
    TimelineFileArgument input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "HTML",
            description = "the page to write; never the input file, and written in full to a temporary file first")
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
        List<Path> inputs = new java.util.ArrayList<>(store.files());
        inputs.add(input.file);
        OutputFile.check(spec, output, force, inputs);
        try (StoreOptions.Recorded recorded = store.openAndRecord(input.file)) {
            String id = recorded.negotiationId();
            String html = HtmlTimeline.render(recorded.parley().state(id).orElseThrow(),
                    recorded.parley().developments(id), LocalDate.now(ZoneOffset.UTC));
            OutputFile.write(output, out -> {
                out.write(html.getBytes(StandardCharsets.UTF_8));
                return null;
            });
            if (quiet.verbose()) {
                spec.commandLine().getOut().println(Terminal.line(output + ": " + recorded.report().developments()
                        + " developments of " + id));
            }
        }
        return 0;
    }
}
