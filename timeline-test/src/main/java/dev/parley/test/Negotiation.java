package dev.parley.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the negotiation of an injected {@link ParleyFixture.Given} parameter.
 *
 * <pre>{@code
 * @Test
 * void offerIsOpen(@Negotiation("ru-ua-direct-talks-2025") ParleyFixture.Given fixture) { ... }
 * }</pre>
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface Negotiation {
    /** @return the negotiation id */
    String value();
}
