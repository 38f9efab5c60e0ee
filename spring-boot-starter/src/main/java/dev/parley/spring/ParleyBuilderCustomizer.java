package dev.parley.spring;

import dev.parley.Parley;

/**
 * A bean of this type adjusts the {@link Parley.Builder} of the auto-configured {@link Parley} after the
 * {@code parley.*} properties were applied, for what properties cannot say (a clock, for instance).
 *
 * <pre>{@code
 * @Bean
 * ParleyBuilderCustomizer fixedClock() {
 *     return builder -> builder.clock(Clock.fixed(Instant.parse("2025-06-15T00:00:00Z"), ZoneOffset.UTC));
 * }
 * }</pre>
 */
@FunctionalInterface
public interface ParleyBuilderCustomizer {
    /**
     * @param builder the builder, with the store and the properties already set
     */
    void customize(Parley.Builder builder);
}
