package dev.parley.cli;

import dev.parley.timeline.Printable;

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
     * @return the text on one line ({@link Printable#line})
     */
    static String line(String text) {
        return Printable.line(text);
    }

    /**
     * @param text any text, or null
     * @return the text with newlines and tabs kept ({@link Printable#text})
     */
    static String text(String text) {
        return Printable.text(text);
    }

    /**
     * @param c a character
     * @return whether it must not reach the terminal raw ({@link Printable#isUnsafe})
     */
    static boolean isUnsafe(char c) {
        return Printable.isUnsafe(c);
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
