package dev.parley.model;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Validating a file whose negotiation outgrows a small heap")
class OutOfMemoryTest {

    /** Validates the file named by the argument and prints the message of what it throws. */
    public static final class ValidateMain {
        public static void main(String[] args) {
            try {
                System.out.println(TimelineFiles.validate(Path.of(args[0])));
            } catch (OutOfMemoryError e) {
                System.out.println(e.getMessage());
                System.out.println("cause: " + e.getCause().getClass().getName());
                System.exit(3);
            }
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    @DisplayName("fails with a sentence naming the file, how far it got and a heap size to try")
    void sentence(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.json");
        String summary = "s".repeat(1_000);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"format\": \"parley/1\", \"negotiationId\": \"big\", \"developments\": [\n"
                    + "{\"type\": \"negotiation-opened\", \"id\": \"opened\", \"occurred\": \"2025\", \"title\": \"T\"}");
            for (int i = 0; i < 40_000; i++) {
                out.write(",\n{\"type\": \"statement-made\", \"id\": \"s" + i + "\", \"occurred\": \"2025\", "
                        + "\"speaker\": {\"name\": \"Envoy " + i + "\"}, \"summary\": \"" + summary + i + "\"}");
            }
            out.write("\n]}\n");
        }
        Path launcher = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(List.of(launcher.toString(), "-Xmx32m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), ValidateMain.class.getName(), file.toString()))
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(child.waitFor()).as(output).isEqualTo(3);
        assertThat(output).matches("(?s)validating " + Pattern.quote(file.toString())
                + " ran out of memory after \\d+% of the file \\(the negotiation's state grows with every "
                + "development\\); the JVM may use at most \\d+ MB: run it with a larger heap, such as -Xmx\\d+[mg]\n"
                + "cause: java.lang.OutOfMemoryError\n");
    }
}
