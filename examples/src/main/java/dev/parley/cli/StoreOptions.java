package dev.parley.cli;

import dev.parley.Parley;
import dev.parley.core.Timeline;
import dev.parley.core.TimelineFiles;
import dev.parley.timeline.RecordResult;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/** Where the commands keep what they record. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "PATH",
            description = "H2 database file of the embedded store (default: ${DEFAULT-VALUE})",
            defaultValue = ".parley/parley")
    Path db;

    @Option(names = "--in-memory", description = "use a throw-away in-memory store instead of the H2 file")
    boolean inMemory;

    @Option(names = "--jdbc-url", paramLabel = "URL",
            description = "store in this database instead, e.g. jdbc:postgresql://localhost:5432/parley")
    String jdbcUrl;

    @Option(names = "--user", paramLabel = "USER", description = "database user, with --jdbc-url")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "database password, with --jdbc-url",
            interactive = false)
    String password;

    Parley open() {
        if (jdbcUrl != null) {
            return Parley.jdbc(jdbcUrl, user, password);
        }
        return inMemory ? Parley.inMemory() : Parley.h2(db);
    }

    /**
     * Reads a timeline file (whole, so a bad file stores nothing), opens the store and records the file in it.
     *
     * @return the open store and the file's negotiation; close the store
     */
    Recorded openAndRecord(Path file) {
        Timeline timeline = TimelineFiles.read(file);
        Parley parley = open();
        try {
            return new Recorded(parley, timeline.negotiationId(), parley.recordAll(timeline.developments()));
        } catch (RuntimeException e) {
            parley.close();
            throw e;
        }
    }

    /** A store with a timeline file recorded in it, and what recording did to each development. */
    record Recorded(Parley parley, String negotiationId, List<RecordResult> results) implements AutoCloseable {
        @Override
        public void close() {
            parley.close();
        }
    }
}
