package dev.parley.spring;

import dev.parley.Parley;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The {@code parley} health check, free of Actuator's types so that Spring Boot 3's
 * ({@link ParleyHealthIndicator}) and Spring Boot 4's ({@link Boot4ParleyHealthIndicator}) health indicators,
 * whose interfaces live in different packages, report the same thing.
 *
 * <p>The check asks Parley for its negotiations, which reads the read side's table (it commits with the
 * developments, so there is no lag to report). It runs on a thread of its own, one at a time, so that a slow store
 * never blocks the health endpoint for longer than the timeout and checks do not pile up.
 */
final class ParleyHealthCheck implements AutoCloseable {
    /**
     * What one check found, in the words of one Actuator: each health indicator says how it builds its Health.
     *
     * @param <T> that Actuator's health type
     */
    interface Report<T> {
        /**
         * @param negotiations how many negotiations the store holds
         * @return the store answered in time
         */
        T up(int negotiations);

        /**
         * @param reason why the store is taken as down
         * @param error  the class of the error the store raised; null for a timeout
         * @return the store failed or did not answer in time
         */
        T down(String reason, String error);

        /** @return the check was interrupted before it had an answer */
        T interrupted();
    }

    private final Parley parley;
    private final Duration timeout;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "parley-health");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<Integer> running;

    ParleyHealthCheck(Parley parley, Duration timeout) {
        this.parley = Objects.requireNonNull(parley, "parley");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    <T> T check(Report<T> report) {
        CompletableFuture<Integer> check = inFlight();
        try {
            return report.up(check.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return report.down("the store did not answer within " + timeout, null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return report.down(String.valueOf(cause.getMessage()), cause.getClass().getName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return report.interrupted();
        }
    }

    /** @return the check in flight, or a new one when none is */
    private synchronized CompletableFuture<Integer> inFlight() {
        if (running == null || running.isDone()) {
            running = CompletableFuture.supplyAsync(() -> parley.negotiations().size(), executor);
        }
        return running;
    }

    /** Stops the check's thread. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
