package dev.parley.cli;

import dev.parley.Parley;
import dev.parley.timeline.ImportReport;
import dev.parley.timeline.Progress;
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
     * Opens the store and imports a timeline file into it: streamed, all or nothing, idempotent.
     *
     * @return the open store and what the import did; close the store
     */
    Recorded openAndRecord(Path file, Progress progress) {
        Parley parley = open();
        try {
            return new Recorded(parley, parley.importTimeline(file, progress));
        } catch (RuntimeException e) {
            parley.close();
            throw e;
        }
    }

    /** @see #openAndRecord(Path, Progress) */
    Recorded openAndRecord(Path file) {
        return openAndRecord(file, Progress.NONE);
    }

    /** A store with a timeline file recorded in it, and what the import did. */
    record Recorded(Parley parley, ImportReport report) implements AutoCloseable {
        /** @return the file's negotiation */
        String negotiationId() {
            return report.negotiationId();
        }

        @Override
        public void close() {
            parley.close();
        }
    }
}
