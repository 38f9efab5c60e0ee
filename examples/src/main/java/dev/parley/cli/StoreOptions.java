package dev.parley.cli;

import dev.parley.Parley;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where the commands keep what they record. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "PATH",
            description = "H2 database file of the embedded store (default: ${DEFAULT-VALUE})",
            defaultValue = ".parley/parley")
    Path db;

    @Option(names = "--in-memory", description = "use a throw-away in-memory store instead of the H2 file")
    boolean inMemory;

    Parley open() {
        return inMemory ? Parley.inMemory() : Parley.h2(db);
    }
}
