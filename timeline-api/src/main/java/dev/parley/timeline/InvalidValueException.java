package dev.parley.timeline;

/**
 * A value object was constructed with a value that breaks its own rule (a blank id, a negative count, a date
 * whose precision does not match its text ...). Thrown by compact constructors; the JSON codec turns it into a
 * {@link TimelineFormatException} that also names the file location and the development id. Like every Parley
 * exception it is a {@link ParleyException}.
 *
 * <pre>{@code
 * try { PartialDate.parse("2025-02-30"); }
 * catch (InvalidValueException e) { e.field(); // "date" }
 * }</pre>
 */
public final class InvalidValueException extends ParleyException {
    private static final long serialVersionUID = 1L;
    /** The field whose value is invalid. */
    private final String field;

    /**
     * @param field   the field whose value is invalid
     * @param message what is wrong, in words a user can act on
     */
    public InvalidValueException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** @return the name of the offending field */
    public String field() {
        return field;
    }
}
