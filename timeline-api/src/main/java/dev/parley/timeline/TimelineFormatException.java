package dev.parley.timeline;

import java.util.Optional;

/**
 * A timeline file (or JSON text) could not be read: it is not JSON, is truncated, has the wrong structure, an
 * unknown development type, a missing field or an invalid value. The message names the source, line and column,
 * the development id where known, and the rule. Nothing from the file was stored. The message and
 * {@link #detail()} are safe to print: control characters, line and paragraph separators and bidirectional
 * controls that came from the input appear escaped (ESC as <code>&#92;u001B</code>), so an error cannot move a
 * terminal's cursor or split a log line, and text quoted from the input is cut after 2,000 characters.
 *
 * <pre>{@code
 * catch (TimelineFormatException e) {
 *     System.err.println(e.getMessage());
 *     // examples/data/bad.json:12:5: development 'offer-1': INVALID_VALUE: occurred: '2025-02-30' is not a real calendar date
 * }
 * }</pre>
 */
public final class TimelineFormatException extends ParleyException {
    private static final long serialVersionUID = 1L;
    /** The file name or other description of the input. */
    private final String source;
    /** The 1-based line, or -1 when unknown. */
    private final long line;
    /** The 1-based column, or -1 when unknown. */
    private final long column;
    /** The development being read, or null when unknown. */
    private final String developmentId;
    /** The rule broken. */
    private final Rule rule;
    /** What is wrong. */
    private final String detail;

    /**
     * @param source        the file name or other description of the input
     * @param line          1-based line, or -1 when unknown
     * @param column        1-based column, or -1 when unknown
     * @param developmentId the development being read, or null when unknown
     * @param rule          {@link Rule#MALFORMED_INPUT} or {@link Rule#INVALID_VALUE} (or another rule)
     * @param detail        what is wrong
     * @param cause         the underlying parser error, if any
     */
    public TimelineFormatException(String source, long line, long column, String developmentId, Rule rule,
                                   String detail, Throwable cause) {
        super(printable(source) + (line > 0 ? ":" + line + ":" + column : "") + ": "
                + (developmentId == null ? "" : "development '" + printable(clipped(developmentId, 250)) + "': ")
                + rule + ": " + printable(clipped(detail, 2_000)), cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.developmentId = developmentId;
        this.rule = rule;
        this.detail = printable(clipped(detail, 2_000));
    }

    /** Input quoted back can be a megabyte long; the location says where the rest is. */
    private static String clipped(String text, int length) {
        return text == null || text.length() <= length ? text
                : text.substring(0, length) + "... (" + (text.length() - length) + " more characters)";
    }

    /** One line of text a terminal or log shows as it is ({@link Printable#line}). */
    private static String printable(String text) {
        return Printable.line(text);
    }

    /** @return the file name or input description */
    public String source() {
        return source;
    }

    /** @return the 1-based line, or -1 when unknown */
    public long line() {
        return line;
    }

    /** @return the 1-based column, or -1 when unknown */
    public long column() {
        return column;
    }

    /** @return the id of the development being read, when known */
    public Optional<String> developmentId() {
        return Optional.ofNullable(developmentId);
    }

    /** @return the rule broken */
    public Rule rule() {
        return rule;
    }

    /** @return what is wrong, without the location prefix, with control characters escaped */
    public String detail() {
        return detail;
    }
}
