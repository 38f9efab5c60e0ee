package dev.parley.spring;

import dev.parley.Parley;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

import java.time.Duration;

/**
 * Actuator's {@code parley} health on Spring Boot 3: UP when the store answered within
 * {@code parley.health.timeout}; DOWN with the reason otherwise. The details give the number of negotiations.
 * On Spring Boot 4 the same check is {@link Boot4ParleyHealthIndicator}.
 *
 * <p>The check runs on a thread of its own, one at a time, so that a slow store never blocks the health endpoint
 * for longer than the timeout and checks do not pile up.
 */
public final class ParleyHealthIndicator implements HealthIndicator, AutoCloseable {
    private final ParleyHealthCheck check;

    /**
     * @param parley  the Parley to check
     * @param timeout how long a check waits for the answer
     */
    public ParleyHealthIndicator(Parley parley, Duration timeout) {
        this.check = new ParleyHealthCheck(parley, timeout);
    }

    @Override
    public Health health() {
        return check.check(new ParleyHealthCheck.Report<>() {
            @Override
            public Health up(int negotiations) {
                return Health.up().withDetail("negotiations", negotiations).build();
            }

            @Override
            public Health down(String reason, String error) {
                Health.Builder down = Health.down().withDetail("reason", reason);
                return (error == null ? down : down.withDetail("error", error)).build();
            }

            @Override
            public Health interrupted() {
                return Health.unknown().withDetail("reason", "interrupted").build();
            }
        });
    }

    /** Stops the check's thread. */
    @Override
    public void close() {
        check.close();
    }
}
