package dev.parley.engine;

import dev.parley.timeline.ParleyException;
import dev.parley.timeline.RuleViolationException;
import dev.parley.timeline.StoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What a failure inside the engine means to the caller. Three kinds, kept apart:
 * <ul>
 *   <li>Parley's own exceptions (a rule broken, a bad file) reach the caller as they are, unwrapped;</li>
 *   <li>a failure of the database (an {@link SQLException} anywhere in the chain: connection refused, disk
 *       full, lock timeout, Axon's {@code EventStoreException} over it) becomes a {@link StoreException};</li>
 *   <li>anything else is a bug (in Parley, a driver or the caller's data source) and propagates as it is, so it
 *       is reported as a bug and not as "store unavailable".</li>
 * </ul>
 * Concurrency failures (another writer appended first, or created the same negotiation first) are retried by
 * the engine before they get here.
 */
final class Failures {

    private Failures() {
    }

    /**
     * @param failure a failure
     * @return whether another writer got there first: an append at a taken sequence number, a second creation
     *         of the same negotiation (Axon reports that one as an {@link AggregateStreamCreationException}, which
     *         is not a {@link ConcurrencyException}), or a deadlock the database broke
     */
    static boolean isConcurrency(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyException || t instanceof AggregateStreamCreationException) {
                return true;
            }
            if (t instanceof SQLException sql && RETRIED_SQL_STATES.contains(String.valueOf(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * PostgreSQL's deadlock (two batches locking the same negotiations in opposite orders: the database aborts
     * one) and serialization failure: both mean "try again", like a conflicting append.
     */
    private static final Set<String> RETRIED_SQL_STATES = Set.of("40P01", "40001");

    /**
     * H2 reports a failed file write (a full disk, above all) as an SQL "general error" quoting its MVStore's
     * "Writing to sun.nio.ch.FileChannelImpl@... failed", over the operating system's {@link java.io.IOException}.
     *
     * @return the operating system's words when the failure is the store's file refusing a write, else null
     */
    private static String fileWriteFailure(Throwable failure) {
        boolean storeWrite = false;
        String cause = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if ("org.h2.mvstore.MVStoreException".equals(t.getClass().getName())
                    && String.valueOf(t.getMessage()).startsWith("Writing to ")) {
                storeWrite = true;
            }
            if (t instanceof IOException io) {
                cause = String.valueOf(io.getMessage());
            }
        }
        return !storeWrite ? null : cause != null ? cause : "the operating system refused the write";
    }

    /**
     * @return whether a write waited for a lock as long as it may (PostgreSQL's {@code lock_not_available}, which
     *         {@code lock_timeout} raises): it is refused then, never retried
     */
    static boolean isLockTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "55P03".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the database failed: an {@link SQLException} anywhere in the chain */
    static boolean isDatabaseFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    /** @return whether a rule was broken: a rejection, in a file or not */
    static boolean isRuleViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RuleViolationException) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param failure a failure
     * @param doing   what was being done, e.g. {@code "recording into 'talks'"}
     * @return what the caller sees (see the class comment); never a wrapper around a bug
     */
    static RuntimeException translate(Throwable failure, String doing) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ParleyException parley) {
                return parley;
            }
        }
        String unwritable = fileWriteFailure(failure);
        if (unwritable != null) {
            return new StoreException(doing + " failed: the store could not write to its file (" + unwritable
                    + "); the write was not acknowledged. Free disk space (or fix the file's permissions) and try "
                    + "again", failure);
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return new StoreException(doing + " failed: " + describe(sql), failure);
            }
        }
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(doing + " failed unexpectedly: " + failure, failure);
    }

    /** @return the failure as an unchecked exception: itself when it is one (an error is thrown) */
    static RuntimeException unchecked(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(failure.toString(), failure);
    }

    /** Runs a store operation, translating its failure. */
    static <T> T guard(String doing, Supplier<T> operation) {
        try {
            return operation.get();
        } catch (RuntimeException e) {
            throw translate(e, doing);
        }
    }

    /**
     * @param failure why a stored development could not be read
     * @return Parley's sentence naming negotiation, sequence number and type when there is one in the chain, else
     *         the innermost message's first line
     */
    static String unreadableReason(Throwable failure) {
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StoreException parley) {
                return parley.getMessage();
            }
            root = t;
        }
        String message = String.valueOf(root.getMessage());
        int newline = message.indexOf('\n');
        return newline >= 0 ? message.substring(0, newline) : message;
    }

    /**
     * The database's own words, first line only: H2 appends the SQL statement with every value (a development's
     * payload in hex), which helps nobody reading an error.
     */
    static String describe(SQLException failure) {
        String message = String.valueOf(failure.getMessage());
        int statement = message.indexOf("; SQL statement:");
        if (statement >= 0) {
            message = message.substring(0, statement);
        }
        int newline = message.indexOf('\n');
        message = newline >= 0 ? message.substring(0, newline) : message;
        String state = failure.getSQLState();
        return state == null ? message.strip() : message.strip() + " (SQL state " + state + ")";
    }
}
