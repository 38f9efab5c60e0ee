package dev.parley.timeline;

/**
 * The root of Parley's exceptions, so that callers can catch everything Parley throws in one place.
 */
public abstract class ParleyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong */
    protected ParleyException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong
     * @param cause   the underlying failure
     */
    protected ParleyException(String message, Throwable cause) {
        super(message, cause);
    }
}
