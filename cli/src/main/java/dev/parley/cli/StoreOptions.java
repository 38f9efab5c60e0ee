package dev.parley.cli;

import dev.parley.Parley;
import dev.parley.timeline.ImportReport;
import dev.parley.timeline.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** Where the commands keep what they record. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "PATH",
            description = "H2 database file of the embedded store (default: ${DEFAULT-VALUE}); a plain path: "
                    + "';', ':' and control characters are refused",
            defaultValue = ".parley/parley")
    Path db;

    @Option(names = "--in-memory", description = "use a throw-away in-memory store instead of the H2 file")
    boolean inMemory;

    @Option(names = "--jdbc-url", paramLabel = "URL",
            description = "store in this database instead, e.g. jdbc:postgresql://localhost:5432/parley")
    String jdbcUrl;

    @Option(names = "--user", paramLabel = "USER", description = "database user, with --jdbc-url")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD",
            description = "database password, with --jdbc-url. Discouraged: a password on the command line is "
                    + "visible to other users in ps and kept in the shell history; set " + PASSWORD_VARIABLE
                    + " or use --password-file instead")
    String password;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "read the database password from the first line of FILE, with --jdbc-url")
    Path passwordFile;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** The environment variable the password is read from when neither option gives one. */
    static final String PASSWORD_VARIABLE = "PARLEY_PG_PASSWORD";

    /** The environment, replaceable by tests. */
    static Function<String, String> environment = System::getenv;

    /**
     * @return the chosen store, opened
     * @throws CommandLine.ParameterException (a usage error) when {@code --db} is not a plain file path, before
     *                                        anything is created
     */
    Parley open() {
        if (jdbcUrl != null) {
            return Parley.jdbc(jdbcUrl, user, password());
        }
        if (inMemory) {
            return Parley.inMemory();
        }
        Parley.Builder builder = Parley.builder();
        try {
            builder.h2(db);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--db: " + e.getMessage());
        }
        return builder.build();
    }

    /** @return the files of the store on this machine: the H2 database file, or none */
    List<Path> files() {
        return jdbcUrl != null || inMemory ? List.of() : List.of(Path.of(db + ".mv.db"));
    }

    /** {@code --password}, else {@code --password-file}, else {@value #PASSWORD_VARIABLE}, else none. */
    String password() {
        if (password != null && passwordFile != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--password and --password-file: give one of them");
        }
        if (password != null) {
            return password;
        }
        if (passwordFile != null) {
            try (BufferedReader reader = Files.newBufferedReader(passwordFile, StandardCharsets.UTF_8)) {
                String line = reader.readLine();
                return line == null ? "" : line;
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--password-file: " + ParleyCommand.fileProblem(e));
            }
        }
        return environment.apply(PASSWORD_VARIABLE);
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
