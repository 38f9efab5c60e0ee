package dev.parley.test;

import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a test once per store — memory, H2 and PostgreSQL (when configured, see {@link TestStore}) — injecting a
 * {@link ParleyFixture.Given} that records through that store, and/or the {@link dev.parley.Parley} itself.
 *
 * <pre>{@code
 * @ParleyStoresTest
 * void seedOnEveryStore(@Negotiation("ru-ua-direct-talks-2025") ParleyFixture.Given fixture) {
 *     fixture.givenFile(SEED).whenAsOf(AsOf.now()).then().state(s -> assertThat(s).hasRound(2));
 * }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(ParleyStoresExtension.class)
public @interface ParleyStoresTest {
    /** @return the stores to run on (default: all) */
    TestStore[] value() default {TestStore.MEMORY, TestStore.H2, TestStore.POSTGRESQL};

    /** @return "today" for the stores' clocks, as yyyy-MM-dd; empty for the real today */
    String today() default "";
}
