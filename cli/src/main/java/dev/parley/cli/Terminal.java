package dev.parley.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The one place that makes text safe for a terminal. Content and error messages echo what a timeline file says
 * (quotes, ids, field names, file names); an ESC, BEL, CSI or a bidi override in them could retitle the window,
 * clear the screen or reorder what is shown. Such characters are written as JSON-style escapes ({@code \u001b},
 * {@code \r}), which keeps the escape of a JSON document valid JSON with the same content, and makes escaping
 * idempotent: an escaped text holds no character that would be escaped again.
 */
final class Terminal {

    private Terminal() {
    }

    /**
     * @param text any text, or null
     * @return the text on one line: every control character escaped, newlines and tabs included
     */
    static String line(String text) {
        return escape(text, false);
    }

    /**
     * @param text any text, or null
     * @return the text with newlines and tabs kept and every other control character escaped
     */
    static String text(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean multiLine) {
        if (text == null) {
            return "null";
        }
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean keep = !isUnsafe(c) || (multiLine && (c == '\n' || c == '\t'));
            if (keep) {
                if (safe != null) {
                    safe.append(c);
                }
                continue;
            }
            if (safe == null) {
                safe = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            switch (c) {
                case '\n' -> safe.append("\\n");
                case '\t' -> safe.append("\\t");
                case '\r' -> safe.append("\\r");
                default -> safe.append(String.format("\\u%04x", (int) c));
            }
        }
        return safe == null ? text : safe.toString();
    }

    /**
     * C0 controls, DEL and C1 controls (a terminal in UTF-8 may act on C1 too), the line and paragraph separators,
     * and the bidirectional embeddings, overrides and isolates ("Trojan Source").
     */
    static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }

    /**
     * A writer for stdout and stderr that passes everything through {@link #text(String)}: the last guard, so that
     * no printer (picocli's own usage text included) can emit a raw control character. Only the progress bar draws
     * with a carriage return, through {@link #unfiltered()}.
     */
    static final class SafeWriter extends PrintWriter {
        private final PrintWriter unfiltered;

        SafeWriter(Writer target) {
            super(new Escaping(target), true);
            this.unfiltered = new PrintWriter(target, true);
        }

        /** @return the writer underneath, for the progress bar's own {@code \r} redraws */
        PrintWriter unfiltered() {
            flush();
            return unfiltered;
        }
    }

    private static final class Escaping extends FilterWriter {
        Escaping(Writer target) {
            super(target);
        }

        @Override
        public void write(int c) throws IOException {
            out.write(text(String.valueOf((char) c)));
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            out.write(text(new String(chars, offset, length)));
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            String part = text.substring(offset, offset + length);
            // println's own line end, which is \r\n on Windows
            out.write(part.equals(System.lineSeparator()) ? part : text(part));
        }
    }
}
