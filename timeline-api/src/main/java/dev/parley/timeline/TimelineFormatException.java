package dev.parley.timeline;

import java.util.Optional;

/**
 * A timeline file (or JSON text) could not be read: it is not JSON, is truncated, has the wrong structure, an
 * unknown development type, a missing field or an invalid value. The message names the source, line and column,
 * the development id where known, and the rule. Nothing from the file was stored.
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
    private final String source;
    private final long line;
    private final long column;
    private final String developmentId;
    private final Rule rule;
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
        super(source + (line > 0 ? ":" + line + ":" + column : "") + ": "
                + (developmentId == null ? "" : "development '" + developmentId + "': ") + rule + ": " + detail, cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.developmentId = developmentId;
        this.rule = rule;
        this.detail = detail;
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

    /** @return what is wrong, without the location prefix */
    public String detail() {
        return detail;
    }
}
