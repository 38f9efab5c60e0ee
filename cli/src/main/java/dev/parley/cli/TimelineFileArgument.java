package dev.parley.cli;

import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** The timeline file most commands take. */
final class TimelineFileArgument {
    @Parameters(paramLabel = "FILE", description = "a timeline file (format parley/1, see docs/format.md)")
    Path file;
}
