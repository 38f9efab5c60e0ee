package dev.parley.cli;

import dev.parley.model.TimelineFiles;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders the examples and opens them in a real headless Chromium (Debian's {@code chromium}; {@code .ci/run}
 * installs it). Without a browser the test is skipped with the reason, except under {@code CI=true}, where it fails.
 */
@DisplayName("The HTML timeline in a real browser")
class HtmlTimelineBrowserTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"istanbul-2025-06-02", "arland-borovia-2025"})
    @DisplayName("loads offline with no script errors, one marker per development, and is screenshotted")
    void rendersInBrowser(String example) throws Exception {
        Path browser = browser();
        Path input = Path.of("../examples/data", example + ".json");
        Path page = dir.resolve(example + ".html");
        assertThat(ParleyCommand.run("render", "--in-memory", input.toString(), "-o", page.toString())).isZero();
        String html = Files.readString(page);
        assertThat(html).as("self-contained: nothing loaded from elsewhere")
                .doesNotContain("<script src").doesNotContain("<link").doesNotContain("src=\"http")
                .doesNotContain("@import");

        String dom = run(browser, "--virtual-time-budget=5000", "--dump-dom", page.toUri().toString());
        int developments = TimelineFiles.read(input).developments().size();
        assertThat(attribute(dom, "data-ready")).isEqualTo("true");
        assertThat(attribute(dom, "data-errors")).as("script errors on the page").isEqualTo("0");
        assertThat(attribute(dom, "data-markers")).isEqualTo(String.valueOf(developments));
        assertThat(Pattern.compile("class=\"marker[ \"]").matcher(dom).results().count()).isEqualTo(developments);

        Path screenshot = Path.of("target", example + ".png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        run(browser, "--window-size=1600,800", "--screenshot=" + screenshot, page.toUri().toString());
        assertThat(screenshot).exists();
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    }

    private String run(Path browser, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + dir.resolve("profile")));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(dir.resolve("chromium.log").toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(process.exitValue()).as("chromium exit code; log: " + dir.resolve("chromium.log")).isZero();
        return out;
    }

    private static String attribute(String dom, String name) {
        Matcher body = Pattern.compile("<body([^>]*)>").matcher(dom);
        assertThat(body.find()).as("a body element in the rendered DOM").isTrue();
        Matcher attribute = Pattern.compile(name + "=\"([^\"]*)\"").matcher(body.group(1));
        return attribute.find() ? attribute.group(1) : null;
    }

    private static Path browser() {
        for (String candidate : List.of(System.getenv().getOrDefault("PARLEY_CHROMIUM", ""), "/usr/bin/chromium",
                "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (!candidate.isEmpty() && Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        String reason = "no Chromium found (install Debian's chromium, or set PARLEY_CHROMIUM)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail("CI=true but " + reason);
        }
        Assumptions.abort("SKIPPED: " + reason);
        return null;
    }
}
