package dev.parley.spring;

import dev.parley.Parley;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Actuator's {@code parley} health: UP when the store answered within {@code parley.health.timeout}; DOWN with the
 * reason otherwise. The details give the number of negotiations.
 *
 * <p>The check asks Parley for its negotiations, which reads the read side's table (it commits with the
 * developments, so there is no lag to report). It runs on a thread of its own, one at a time, so that a slow store never blocks the health
 * endpoint for longer than the timeout and checks do not pile up.
 */
public final class ParleyHealthIndicator implements HealthIndicator, AutoCloseable {
    private final Parley parley;
    private final Duration timeout;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "parley-health");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<Integer> running;

    /**
     * @param parley  the Parley to check
     * @param timeout how long a check waits for the answer
     */
    public ParleyHealthIndicator(Parley parley, Duration timeout) {
        this.parley = Objects.requireNonNull(parley, "parley");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public Health health() {
        CompletableFuture<Integer> check = check();
        try {
            int negotiations = check.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return Health.up().withDetail("negotiations", negotiations).build();
        } catch (TimeoutException e) {
            return Health.down().withDetail("reason", "the store did not answer within " + timeout).build();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return Health.down().withDetail("reason", String.valueOf(cause.getMessage()))
                    .withDetail("error", cause.getClass().getName()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().withDetail("reason", "interrupted").build();
        }
    }

    /** @return the check in flight, or a new one when none is */
    private synchronized CompletableFuture<Integer> check() {
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
