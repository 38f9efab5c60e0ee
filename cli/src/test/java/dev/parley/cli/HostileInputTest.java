package dev.parley.cli;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Content and error messages that try to drive the terminal reach it escaped (issue 14). */
@DisplayName("Control characters in input")
class HostileInputTest extends CommandLineTest {

    /** A title that sets the window title, a quote that clears the screen, a C1 CSI, CR, and a bidi override. */
    Path hostile() throws Exception {
        return file("hostile.json", """
                {"format": "parley/1", "negotiationId": "t", "developments": [
                  {"type": "negotiation-opened", "id": "opened", "occurred": "2025-05-16",
                   "title": "Talks\\u001b]0;pwned\\u0007"},
                  {"type": "statement-made", "id": "said", "occurred": "2025-05-17", "speaker": {"name": "A\\u009b2J"},
                   "quote": "first line\\nsecond\\tline\\r\\n\\u001b[2Jcleared \\u202eevil"}
                ]}""");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"show", "show --json", "timeline", "timeline --json",
            "diff --from 2025-05-01 --to 2025-06-01", "diff --json --from 2025-05-01 --to 2025-06-01"})
    @DisplayName("never print a raw control character, text or JSON")
    void nothingRaw(String command) throws Exception {
        String[] words = (command + " --in-memory " + hostile()).split(" ");
        assertThat(run(words)).as(stderr()).isZero();
        assertThat(stdout()).isNotEmpty();
        assertThat(stdout().chars().filter(c -> c != '\n' && c != '\t' && Terminal.isUnsafe((char) c)).count())
                .as(stdout()).isZero();
    }

    @Test
    @DisplayName("show escapes them visibly and keeps a quote's own lines and tabs")
    void showEscapes() throws Exception {
        assertThat(run("show", "--in-memory", "--as-of", "2025-06-01", hostile().toString())).isZero();
        assertThat(stdout()).startsWith("Talks\\u001b]0;pwned\\u0007  [t]" + NL)
                .contains(lines(
                        "Statements",
                        "  said: A\\u009b2J, on 2025-05-17:",
                        "      \"first line",
                        "      second\tline\\r",
                        "      \\u001b[2Jcleared \\u202eevil\""));
    }

    @Test
    @DisplayName("timeline puts a multi-line quote on its one line")
    void timelineOneLine() throws Exception {
        assertThat(run("timeline", "--in-memory", "--type", "statement-made", hostile().toString())).isZero();
        assertThat(stdout()).isEqualTo(lines("2025-05-17  statement-made  A\\u009b2J: \"first line\\nsecond\\tline"
                + "\\r\\n\\u001b[2Jcleared \\u202eevil\"  [said]"));
    }

    @Test
    @DisplayName("error messages escape what they echo: a type name, a field name")
    void errorsEscape() throws Exception {
        Path badType = file("type.json", """
                {"format": "parley/1", "negotiationId": "t", "developments": [
                  {"type": "offer\\u001b[2J\\nparley: fake", "id": "x", "occurred": "2025-05-16"}]}""");
        assertThat(run("validate", badType.toString())).isEqualTo(ParleyCommand.INPUT_REJECTED);
        assertThat(stderr()).contains("offer\\u001b[2J\\nparley: fake").doesNotContain("\u001b");
        assertThat(stderr().lines()).hasSize(1);

        Path badField = file("field.json", """
                {"format": "parley/1", "negotiationId": "t", "developments": [
                  {"type": "negotiation-opened", "id": "opened", "occurred": "2025-05-16", "title": "T",
                   "ti\\u0007tle": "x"}]}""");
        assertThat(run("validate", badField.toString())).isEqualTo(ParleyCommand.INPUT_REJECTED);
        assertThat(stderr()).contains("ti\\u0007tle").doesNotContain("\u0007");
        assertThat(stderr().lines()).hasSize(1);
    }

    @Test
    @DisplayName("usage errors escape what they echo too")
    void usageEscapes() {
        assertThat(run("show", "--bogus\u001b[2J", SEED)).isEqualTo(ParleyCommand.USAGE);
        assertThat(stderr()).isEqualTo(lines("parley: Unknown option: '--bogus\\u001b[2J'", "Try 'parley show --help'"));
    }
}
