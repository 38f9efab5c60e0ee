package dev.parley.cli;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code -o} can damage nothing (issue 14). */
@DisplayName("-o FILE")
class OutputFileTest extends CommandLineTest {

    @Nested
    @DisplayName("is refused, as a usage error that changes nothing,")
    class Refused {
        @Test
        @DisplayName("when it is the input file, even with --force and through a symbolic link")
        void input() throws Exception {
            Path input = dir.resolve("seed.json");
            Files.copy(Path.of(SEED), input);
            byte[] before = Files.readAllBytes(input);
            assertThat(run("render", "--in-memory", "--force", input.toString(), "-o", input.toString()))
                    .isEqualTo(ParleyCommand.USAGE);
            assertThat(stderr()).isEqualTo(lines("parley: -o: '" + input + "' is also an input of this command ("
                    + input + "); write somewhere else", "Try 'parley render --help'"));
            Path link = Files.createSymbolicLink(dir.resolve("link.json"), input);
            assertThat(run("render", "--in-memory", "--force", input.toString(), "-o", link.toString()))
                    .isEqualTo(ParleyCommand.USAGE);
            assertThat(Files.readAllBytes(input)).isEqualTo(before);
        }

        @Test
        @DisplayName("when it is the store's database file")
        void store() {
            String db = dir.resolve("db").toString();
            assertThat(run("import", "--quiet", "--db", db, SEED)).isZero();
            assertThat(run("export", "--db", db, "--force", "-o", db + ".mv.db")).isEqualTo(ParleyCommand.USAGE);
            assertThat(stderr()).startsWith("parley: -o: '" + db + ".mv.db' is also an input of this command");
            assertThat(run("show", "--db", db, "--json", SEED)).isZero();
        }

        @Test
        @DisplayName("when it exists and --force is not given")
        void exists() throws Exception {
            Path existing = file("existing.html", "keep me");
            assertThat(run("render", "--in-memory", SEED, "-o", existing.toString())).isEqualTo(ParleyCommand.USAGE);
            assertThat(stderr()).isEqualTo(lines("parley: -o: '" + existing + "' already exists; add --force to "
                    + "replace it", "Try 'parley render --help'"));
            assertThat(Files.readString(existing)).isEqualTo("keep me");
        }

        @Test
        @DisplayName("when it is a directory, or its directory does not exist")
        void directory() {
            assertThat(run("render", "--in-memory", SEED, "-o", dir.toString())).isEqualTo(ParleyCommand.USAGE);
            assertThat(stderr()).isEqualTo(lines("parley: -o: '" + dir + "' is a directory; name a file to write",
                    "Try 'parley render --help'"));
            Path nowhere = dir.resolve("no/such/dir/page.html");
            assertThat(run("render", "--in-memory", SEED, "-o", nowhere.toString())).isEqualTo(ParleyCommand.USAGE);
            assertThat(stderr()).startsWith("parley: -o: directory '" + nowhere.getParent() + "' does not exist");
        }

        @Test
        @DisplayName("for an unknown negotiation, without touching an existing file (export --negotiation typo)")
        void unknownNegotiation() throws Exception {
            String db = dir.resolve("db").toString();
            assertThat(run("import", "--quiet", "--db", db, SEED)).isZero();
            Path existing = file("existing.json", "keep me");
            assertThat(run("export", "--db", db, "--negotiation", "typo", "--force", "-o", existing.toString()))
                    .isEqualTo(ParleyCommand.USAGE);
            assertThat(stderr()).isEqualTo(lines("parley: --negotiation: no negotiation 'typo' in the store; it holds "
                    + "[ru-ua-direct-talks-2025]", "Try 'parley export --help'"));
            assertThat(Files.readString(existing)).isEqualTo("keep me");
            assertThat(run("export", "--db", db, "--negotiation", "typo", "-o", existing.toString()))
                    .isEqualTo(ParleyCommand.USAGE);
            assertThat(Files.readString(existing)).isEqualTo("keep me");
        }
    }

    @Test
    @DisplayName("with --force replaces an existing file with the complete output")
    void force() throws Exception {
        Path page = file("page.html", "old");
        assertThat(run("render", "--in-memory", "--force", SEED, "-o", page.toString())).isZero();
        assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>");
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("page.html");
    }

    @Nested
    @DisplayName("is written through a temporary file in its directory")
    class Atomic {
        @Test
        @DisplayName("so a failure while writing leaves the old file whole and no temporary file behind")
        void failure() throws Exception {
            Path target = file("out.json", "old content");
            assertThatThrownBy(() -> OutputFile.write(target, out -> {
                out.write("half of the new content".getBytes(StandardCharsets.UTF_8));
                throw new IOException("disk full");
            })).hasMessage("disk full");
            assertThat(Files.readString(target)).isEqualTo("old content");
            assertThat(dir.toFile().list()).containsExactly("out.json");
        }

        @Test
        @DisplayName("which is moved into place once complete, even when the writer closes its stream")
        void success() throws Exception {
            Path target = dir.resolve("new.json");
            String result = OutputFile.write(target, out -> {
                out.write("complete".getBytes(StandardCharsets.UTF_8));
                out.close();
                return "written";
            });
            assertThat(result).isEqualTo("written");
            assertThat(Files.readString(target)).isEqualTo("complete");
            assertThat(dir.toFile().list()).containsExactly("new.json");
        }
    }
}
