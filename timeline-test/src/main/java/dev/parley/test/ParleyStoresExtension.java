package dev.parley.test;

import dev.parley.Parley;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Provides one invocation per {@link TestStore} for {@link ParleyStoresTest} methods. */
public class ParleyStoresExtension implements TestTemplateInvocationContextProvider {

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return AnnotationSupport.isAnnotated(context.getTestMethod(), ParleyStoresTest.class);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        ParleyStoresTest settings = AnnotationSupport.findAnnotation(context.getTestMethod(), ParleyStoresTest.class)
                .orElseThrow();
        Clock clock = settings.today().isEmpty() ? Clock.systemUTC()
                : Clock.fixed(LocalDate.parse(settings.today()).atStartOfDay(ZoneOffset.UTC).toInstant(),
                ZoneOffset.UTC);
        return Arrays.stream(settings.value()).map(store -> new StoreInvocation(store, clock));
    }

    private record StoreInvocation(TestStore store, Clock clock) implements TestTemplateInvocationContext {
        @Override
        public String getDisplayName(int invocationIndex) {
            return store.name().toLowerCase();
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            // Checked before parameters are resolved, so an unavailable store skips the test instead of erroring.
            return List.of((BeforeEachCallback) context -> store.requireAvailable(), new StoreResolver(store, clock));
        }
    }

    /** Resolves the store, and fixtures on it, for one invocation; the store is closed after it. */
    private record StoreResolver(TestStore store, Clock clock) implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            return type == ParleyFixture.Given.class || type == Parley.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            Parley parley = context.getStore(ExtensionContext.Namespace.create(ParleyStoresExtension.class,
                            context.getUniqueId()))
                    .getOrComputeIfAbsent("parley", key -> store.open(clock), Parley.class);
            if (parameter.getParameter().getType() == Parley.class) {
                return parley;
            }
            return ParleyFixture.on(parley, ParleyExtension.negotiationOf(parameter))
                    .today(LocalDate.now(clock));
        }
    }
}
