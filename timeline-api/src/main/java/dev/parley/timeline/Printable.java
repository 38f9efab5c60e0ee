package dev.parley.timeline;

/**
 * The one escaping of text that a terminal, a log or a page would act on rather than show: C0 and C1 controls,
 * DEL, the line and paragraph separators, bidirectional controls ("Trojan Source") and unpaired surrogates are
 * written as {@code \n}, {@code \t}, {@code \r} or {@code \u001b}-style escapes. Error messages and the command
 * line's output both go through it, so the same input is shown the same way everywhere.
 *
 * <pre>{@code
 * Printable.line("offer\u001b[2J\nfake");   // "offer\\u001b[2J\\nfake"
 * Printable.text("two\nlines\u0007");       // "two\nlines\\u0007": newlines and tabs kept
 * }</pre>
 */
public final class Printable {

    private Printable() {
    }

    /**
     * @param text any text, or null
     * @return the text on one line: every unsafe character escaped, newlines and tabs included; {@code "null"} for null
     */
    public static String line(String text) {
        return escape(text, false);
    }

    /**
     * @param text any text, or null
     * @return the text with newlines and tabs kept and every other unsafe character escaped
     */
    public static String text(String text) {
        return escape(text, true);
    }

    /**
     * @param c a UTF-16 code unit
     * @return whether it is a control, separator or bidirectional character that must not reach a reader raw
     *         (surrogates are judged in pairs by {@link #line} and {@link #text}, not here)
     */
    public static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200e' || c == '\u200f' || c == '\u061c';
    }

    private static String escape(String text, boolean multiLine) {
        if (text == null) {
            return "null";
        }
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (safe != null) {
                    safe.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            boolean keep = !(isUnsafe(c) || Character.isSurrogate(c)) || (multiLine && (c == '\n' || c == '\t'));
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
}
