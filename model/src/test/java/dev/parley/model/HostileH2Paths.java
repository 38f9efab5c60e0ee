package dev.parley.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Database paths that H2 would read as URL settings if a store pasted them into its URL (issue 21), for the tests
 * of every entry point that takes an H2 path: each payload, had it run, leaves a file in the folder it is given
 * (checked against H2 2.3 itself before the fix). Shared through the model's test jar.
 */
public final class HostileH2Paths {

    /**
     * One payload.
     *
     * @param name what it tries
     * @param path the database path carrying it
     */
    public record Payload(String name, String path) {
        @Override
        public String toString() {
            return name;
        }
    }

    private HostileH2Paths() {
    }

    /**
     * @param dir an empty folder: payloads write (if they run) into it; a script one of them runs is put there
     * @return the payloads, each an absolute path under {@code dir}
     */
    public static List<Payload> in(Path dir) {
        Path script = dir.resolve("evil.sql");
        try {
            Files.writeString(script, "CALL CSVWRITE('" + dir.resolve("script.csv") + "', 'SELECT 1 AS X');");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // H2 splits its settings at every ';' and takes "\;" as a ';' inside one, so the Java of the alias escapes
        String javaFunction = "String pwn() throws Exception { java.nio.file.Files.writeString(java.nio.file.Path.of(\""
                + dir.resolve("alias.txt") + "\"), \"x\")\\; return \"x\"\\; }";
        return List.of(
                new Payload("INIT=CALL CSVWRITE", dir + "/p;INIT=CALL CSVWRITE('" + dir.resolve("pwned.csv")
                        + "','SELECT 42 AS X')"),
                new Payload("INIT=RUNSCRIPT", dir + "/p;INIT=RUNSCRIPT FROM '" + script + "'"),
                new Payload("INIT=CREATE ALIAS", dir + "/p;INIT=CREATE ALIAS PWN AS '" + javaFunction
                        + "'\\;CALL PWN()"),
                new Payload("INIT behind the .mv.db suffix", dir + "/p;INIT=CALL CSVWRITE('"
                        + dir.resolve("suffix.csv") + "','SELECT 1 AS X');x.mv.db"),
                new Payload("a harmless-looking setting", dir + "/p;ACCESS_MODE_DATA=r"),
                new Payload("a file system prefix", "zip:" + dir + "/p.zip!/p"),
                new Payload("a protocol", dir + "/mem:p"),
                new Payload("a control character", dir + "/p\u001b[2J"));
    }

    /**
     * @param dir a folder
     * @return every file and folder under it, for comparing before and after: a payload that ran adds one
     */
    public static List<Path> everythingUnder(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
