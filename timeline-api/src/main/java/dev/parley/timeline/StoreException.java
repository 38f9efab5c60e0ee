package dev.parley.timeline;

/**
 * The store could not be reached or failed (database down, schema cannot be created, file locked by another
 * process). Distinct from rejections: the input may be fine.
 */
public final class StoreException extends ParleyException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed
     * @param cause   the underlying failure
     */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
