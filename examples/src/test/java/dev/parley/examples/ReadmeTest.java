package dev.parley.examples;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README cannot drift from the code: every Java block in it is preceded by
 * {@code <!-- snippet: PATH#NAME -->} and must equal the lines between {@code // snippet:NAME} and
 * {@code // end-snippet:NAME} of that compiled source file (regions of one name are joined, indentation removed);
 * a {@code <!-- output: CLASS -->} block must equal what that class's {@code main} prints; no Java block passes
 * {@code null}, since every development can be built in the domain's words.
 */
@DisplayName("The README")
class ReadmeTest {
    static final Path ROOT = Path.of("..");
    static final Pattern MARKER = Pattern.compile("<!-- (snippet|output): (\\S+?) -->");
    static final Pattern NULL_WORD = Pattern.compile("\\bnull\\b");

    record Block(int line, String marker, String language, String text) {
    }

    @Test
    @DisplayName("every Java block is a region of a compiled source file, exactly")
    void javaBlocksAreCompiledSources() throws IOException {
        List<Block> blocks = blocks();
        assertThat(blocks).filteredOn(b -> b.language().equals("java"))
                .as("Java blocks in README.md without a <!-- snippet: PATH#NAME --> marker (line numbers)")
                .allSatisfy(b -> assertThat(b.marker()).as("README.md:%d", b.line()).startsWith("snippet: "));
        long checked = 0;
        for (Block block : blocks) {
            if (block.marker() != null && block.marker().startsWith("snippet: ")) {
                String[] ref = block.marker().substring("snippet: ".length()).split("#", 2);
                assertThat(block.text()).as("README.md:%d against %s#%s", block.line(), ref[0], ref[1])
                        .isEqualTo(region(ROOT.resolve(ref[0]), ref[1]));
                checked++;
            }
        }
        assertThat(checked).as("snippets checked").isGreaterThanOrEqualTo(3);
    }

    @Test
    @DisplayName("no Java block passes null: developments are built in the domain's words")
    void noJavaBlockPassesNull() throws IOException {
        List<Block> java = blocks().stream().filter(b -> b.language().equals("java")).toList();
        assertThat(java).as("Java blocks in README.md").hasSizeGreaterThanOrEqualTo(3);
        assertThat(java).allSatisfy(b -> assertThat(linesWithNull(b.text()))
                .as("lines with null in the Java block at README.md:%d", b.line()).isEmpty());
    }

    @Test
    @DisplayName("the null check sees a null argument wherever it stands, and only the word null")
    void nullCheckSeesNull() {
        assertThat(linesWithNull("""
                new NegotiationOpened(envelope, "Talks", null);
                OfferMade.by(envelope, "Russia").terms("nullify the treaty");
                f(null,
                  x);
                """)).containsExactly("new NegotiationOpened(envelope, \"Talks\", null);", "f(null,");
    }

    /** The lines of {@code text} that hold the word {@code null} (not {@code nullify}, not {@code isNull}). */
    static List<String> linesWithNull(String text) {
        return text.lines().filter(line -> NULL_WORD.matcher(line).find()).map(String::trim).toList();
    }

    @Test
    @DisplayName("the embedding example prints what the README says it prints, and logs nothing")
    void embeddingOutput() throws Exception {
        Block expected = blocks().stream()
                .filter(b -> ("output: " + EmbeddingExample.class.getName()).equals(b.marker()))
                .findFirst().orElseThrow(() -> new AssertionError("README.md has no <!-- output: "
                        + EmbeddingExample.class.getName() + " --> block"));
        PrintStream original = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
        try {
            EmbeddingExample.main(new String[0]);
        } finally {
            System.setOut(original);
            System.setErr(originalErr);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEqualTo(expected.text());
        // slf4j-simple, this module's logger, prints INFO and above to standard error
        assertThat(logged.toString(StandardCharsets.UTF_8)).as("what was logged while the example ran").isEmpty();
    }

    @Test
    @DisplayName("the capture of the log would see a line: slf4j-simple at INFO writes to standard error")
    void logCaptureWorks() {
        PrintStream originalErr = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
        try {
            org.slf4j.LoggerFactory.getLogger("org.axonframework.example").info("started");
        } finally {
            System.setErr(originalErr);
        }
        assertThat(logged.toString(StandardCharsets.UTF_8)).contains("INFO org.axonframework.example - started");
    }

    static List<Block> blocks() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("README.md"));
        List<Block> blocks = new ArrayList<>();
        String marker = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m = MARKER.matcher(line.trim());
            if (m.matches()) {
                marker = m.group(1) + ": " + m.group(2);
            } else if (line.startsWith("```") && line.length() > 3) {
                StringBuilder text = new StringBuilder();
                int start = i + 1;
                for (i = i + 1; i < lines.size() && !lines.get(i).equals("```"); i++) {
                    text.append(lines.get(i)).append('\n');
                }
                blocks.add(new Block(start, marker, line.substring(3).trim(), text.toString()));
                marker = null;
            } else if (!line.isBlank()) {
                marker = null;
            }
        }
        return blocks;
    }

    static String region(Path file, String name) throws IOException {
        StringBuilder text = new StringBuilder();
        List<String> run = null;
        boolean found = false;
        for (String line : Files.readAllLines(file)) {
            String trimmed = line.trim();
            if (trimmed.equals("// snippet:" + name)) {
                run = new ArrayList<>();
                found = true;
            } else if (trimmed.equals("// end-snippet:" + name) && run != null) {
                text.append(dedent(run));
                run = null;
            } else if (run != null) {
                run.add(line);
            }
        }
        assertThat(found).as("%s has a region // snippet:%s", file, name).isTrue();
        return text.toString();
    }

    /** One region's lines without their common indentation, so a method body reads as it does in the README. */
    static String dedent(List<String> lines) {
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
        }
        return text.toString();
    }
}
