package dev.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Terminal-safe text")
class TerminalTest {

    @Nested
    @DisplayName("on one line")
    class OneLine {
        @Test
        @DisplayName("escapes ESC, BEL, CR, C1, DEL, bidi overrides, and newlines and tabs too")
        void escapes() {
            assertThat(Terminal.line("a\u001b]0;pwned\u0007b\rc\u009b2Jd\u007fe\u202eF\u2066\nx\ty"))
                    .isEqualTo("a\\u001b]0;pwned\\u0007b\\rc\\u009b2Jd\\u007fe\\u202eF\\u2066\\nx\\ty");
        }

        @Test
        @DisplayName("leaves other text alone, accents and scripts included")
        void leavesText() {
            String text = "Çırağan Palace — «Стамбул» 伊斯坦布尔 \"quoted\" \\ back";
            assertThat(Terminal.line(text)).isSameAs(text);
        }
    }

    @Nested
    @DisplayName("over several lines")
    class MultiLine {
        @Test
        @DisplayName("keeps newlines and tabs, escapes the rest")
        void keepsLines() {
            assertThat(Terminal.text("one\n\ttwo\r\n\u001b[2Jthree")).isEqualTo("one\n\ttwo\\r\n\\u001b[2Jthree");
        }

        @Test
        @DisplayName("is idempotent, and keeps JSON valid and equal")
        void jsonSafe() throws Exception {
            ObjectMapper json = new ObjectMapper();
            String document = json.writeValueAsString(java.util.Map.of("quote", "\u009b31mred\u2028\u202e"));
            String safe = Terminal.text(document);
            assertThat(safe).isEqualTo("{\"quote\":\"\\u009b31mred\\u2028\\u202e\"}");
            assertThat(Terminal.text(safe)).isEqualTo(safe);
            assertThat(json.readTree(safe)).isEqualTo(json.readTree(document));
        }
    }

    @Test
    @DisplayName("the stdout/stderr writer escapes whatever a printer forgets, and keeps println's line end")
    void writer() {
        StringWriter target = new StringWriter();
        Terminal.SafeWriter writer = new Terminal.SafeWriter(target);
        writer.println("title\u001b]0;x\u0007");
        writer.print('\u009b');
        writer.flush();
        assertThat(target.toString()).isEqualTo("title\\u001b]0;x\\u0007" + System.lineSeparator() + "\\u009b");
    }
}
