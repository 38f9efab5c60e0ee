package dev.parley.test;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Injects a fresh in-memory {@link ParleyFixture.Given} into test methods; the negotiation id comes from
 * {@link Negotiation} on the parameter (default {@value #DEFAULT_NEGOTIATION}).
 *
 * <pre>{@code
 * @ExtendWith(ParleyExtension.class)
 * class MyRulesTest {
 *     @Test
 *     void rejectsUnknownOffer(@Negotiation("talks") ParleyFixture.Given fixture) {
 *         fixture.given(opened).when(acceptance).then().rejectedWith(Rule.UNKNOWN_POSITION, "no-such-offer");
 *     }
 * }
 * }</pre>
 */
public class ParleyExtension implements ParameterResolver {
    /** The negotiation id used when the parameter has no {@link Negotiation} annotation. */
    public static final String DEFAULT_NEGOTIATION = "negotiation";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        // In a @ParleyStoresTest the store-backed fixture of that extension takes precedence.
        return parameter.getParameter().getType() == ParleyFixture.Given.class
                && !AnnotationSupport.isAnnotated(context.getTestMethod(), ParleyStoresTest.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return ParleyFixture.forNegotiation(negotiationOf(parameter));
    }

    static String negotiationOf(ParameterContext parameter) {
        return parameter.findAnnotation(Negotiation.class).map(Negotiation::value).orElse(DEFAULT_NEGOTIATION);
    }
}
