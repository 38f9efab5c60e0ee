package dev.parley.render;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.model.ParleyJson;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the browser scripts of {@code src/test/browser} (playwright-core driving the machine's chromium, and the
 * pinned TimelineJS; installed by {@code npm ci} there). Without node, those modules or chromium a test is skipped
 * with the reason, except under {@code CI=true}, where it fails.
 */
final class BrowserHarness {
    static final Path SCRIPTS = Path.of("src/test/browser").toAbsolutePath();
    private final Path node;

    private BrowserHarness(Path node) {
        this.node = node;
    }

    /** @return the harness, or skips (fails under CI) with what is missing */
    static BrowserHarness require() {
        Path node = executable("node", System.getenv().getOrDefault("PARLEY_NODE", ""), "/usr/bin/node",
                "/usr/local/bin/node");
        Path chromium = executable("chromium", System.getenv().getOrDefault("PARLEY_CHROMIUM", ""),
                "/usr/bin/chromium");
        if (node != null && chromium != null) {
            for (String module : List.of("playwright-core", "@knight-lab/timelinejs")) {
                if (!Files.isDirectory(SCRIPTS.resolve("node_modules").resolve(module))) {
                    missing("node module " + module + " (run: cd render/src/test/browser && "
                            + "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --ignore-scripts)");
                }
            }
        }
        return new BrowserHarness(node);
    }

    /**
     * @param script    a script of {@code src/test/browser}
     * @param arguments its arguments
     * @return the JSON line it printed
     */
    JsonNode run(String script, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(node.toString(), SCRIPTS.resolve(script).toString()));
        command.addAll(arguments);
        Path log = Files.createTempFile("parley-browser-", ".log");
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            Assertions.fail(script + " did not finish within 5 minutes; log: " + log);
        }
        if (process.exitValue() != 0) {
            Assertions.fail(script + " exited with " + process.exitValue() + ":\n" + Files.readString(log) + out);
        }
        String[] lines = out.strip().split("\n");
        return ParleyJson.codec().reader().readTree(lines[lines.length - 1]);
    }

    private static Path executable(String what, String... candidates) {
        for (String candidate : candidates) {
            if (!candidate.isEmpty() && Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        missing(what + " (tried " + String.join(", ", candidates).replaceFirst("^, ", "") + ")");
        return null;
    }

    private static void missing(String what) {
        String reason = "browser test needs " + what;
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail("CI=true but the " + reason);
        }
        Assumptions.abort("SKIPPED: " + reason);
    }
}
