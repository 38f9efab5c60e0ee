package dev.parley.spring;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Publishes the auto-configured {@link dev.parley.Parley}'s meters ({@code parley.developments.recorded},
 * {@code parley.records}, {@code parley.queries} ..., see {@code Parley.Builder.meterRegistry}) to the
 * application's {@link MeterRegistry}, the one Spring Boot Actuator configures (its {@code @Primary} composite when
 * there are several), through a {@link ParleyBuilderCustomizer} named {@code parleyMeterRegistryCustomizer}.
 * Nothing happens without Micrometer on the class path or without a registry bean; a bean of that name of the
 * application's own replaces this one. A {@code Parley} bean of the application's own is not touched: its builder
 * is the application's, so give it the registry there.
 */
@AutoConfiguration(before = ParleyAutoConfiguration.class, afterName = {
        // Spring Boot 3 and Spring Boot 4 names of the auto-configuration that settles the application's registry
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
public class ParleyMetricsAutoConfiguration {

    /** Nested, so that Micrometer's types are only read once the class check above found Micrometer. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnSingleCandidate(MeterRegistry.class)
    static class MeterRegistryBinding {

        @Bean
        @ConditionalOnMissingBean(name = "parleyMeterRegistryCustomizer")
        ParleyBuilderCustomizer parleyMeterRegistryCustomizer(MeterRegistry registry) {
            return builder -> builder.meterRegistry(registry);
        }
    }
}
