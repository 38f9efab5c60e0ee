package dev.parley.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * Opt-in: with {@code parley.web.problem-details.enabled=true} in a web application (Spring MVC or WebFlux), Parley's
 * exceptions become RFC 9457 problem details ({@link ParleyProblemDetails}: 422 for a rule violated, 400 for bad
 * input, 503 when the store fails) instead of a 500 with a stack trace. Off by default, because an application may
 * map them itself.
 */
@AutoConfiguration
@ConditionalOnWebApplication
@ConditionalOnClass(name = "org.springframework.http.ProblemDetail")
@ConditionalOnProperty(prefix = "parley.web.problem-details", name = "enabled", havingValue = "true")
public class ParleyProblemDetailsAutoConfiguration {

    /** @return the advice that maps Parley's exceptions */
    @Bean
    @ConditionalOnMissingBean
    public ParleyProblemDetails parleyProblemDetails() {
        return new ParleyProblemDetails();
    }
}
