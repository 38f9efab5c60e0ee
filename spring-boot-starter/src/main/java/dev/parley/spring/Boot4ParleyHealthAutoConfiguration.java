package dev.parley.spring;

import dev.parley.Parley;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Boot 4's counterpart of {@link ParleyHealthAutoConfiguration}: Boot 4 moved health indicators to
 * {@code org.springframework.boot.health}, so the same {@code parley} health ({@link Boot4ParleyHealthIndicator})
 * is added when that package is present and there is a {@link Parley} bean. On Spring Boot 3 this class is skipped
 * by its class condition, as {@link ParleyHealthAutoConfiguration} is on Boot 4. Turn it off with
 * {@code management.health.parley.enabled=false}.
 */
@AutoConfiguration(after = ParleyAutoConfiguration.class)
@ConditionalOnClass(name = {"org.springframework.boot.health.contributor.HealthIndicator",
        "org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator"})
public class Boot4ParleyHealthAutoConfiguration {

    /** Nested, so that Actuator's condition is only read once the class check above found Boot 4's health. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(Parley.class)
    @ConditionalOnEnabledHealthIndicator("parley")
    static class ParleyHealthConfiguration {

        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean(name = "parleyHealthIndicator")
        Boot4ParleyHealthIndicator parleyHealthIndicator(Parley parley, ParleyProperties properties) {
            return new Boot4ParleyHealthIndicator(parley, properties.getHealth().getTimeout());
        }
    }
}
