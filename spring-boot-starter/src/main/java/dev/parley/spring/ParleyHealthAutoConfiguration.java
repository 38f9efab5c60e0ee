package dev.parley.spring;

import dev.parley.Parley;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Adds the {@code parley} health indicator ({@link ParleyHealthIndicator}) when Spring Boot Actuator is present
 * and there is a {@link Parley} bean (auto-configured or the application's own). Turn it off with
 * {@code management.health.parley.enabled=false}.
 */
@AutoConfiguration(after = ParleyAutoConfiguration.class)
@ConditionalOnClass(name = {"org.springframework.boot.actuate.health.HealthIndicator",
        "org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator"})
public class ParleyHealthAutoConfiguration {

    /** Nested, so that Actuator's condition is only read once the class check above found Actuator. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(Parley.class)
    @ConditionalOnEnabledHealthIndicator("parley")
    static class ParleyHealthConfiguration {

        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean(name = "parleyHealthIndicator")
        ParleyHealthIndicator parleyHealthIndicator(Parley parley, ParleyProperties properties) {
            return new ParleyHealthIndicator(parley, properties.getHealth().getTimeout());
        }
    }
}
