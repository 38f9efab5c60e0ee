package dev.parley.cli;

import dev.parley.timeline.AsOf;
import picocli.CommandLine.Option;

import java.time.LocalDate;

/** {@code --as-of} and {@code --known-at}, shared by the commands that replay. */
final class TimeOptions {
    @Option(names = "--as-of", paramLabel = "DATE",
            description = "replay what had happened by DATE (yyyy-MM-dd, inclusive)")
    LocalDate asOf;

    @Option(names = "--known-at", paramLabel = "DATE",
            description = "replay only what had been reported by DATE (yyyy-MM-dd, inclusive)")
    LocalDate knownAt;

    AsOf cut() {
        return new AsOf(asOf, knownAt);
    }
}
