package dev.parley.spring;

import dev.parley.Parley;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Parley's metrics auto-configuration")
class ParleyMetricsAutoConfigurationTest {

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withPropertyValues("parley.store=memory")
            .withConfiguration(AutoConfigurations.of(ParleyAutoConfiguration.class,
                    ParleyMetricsAutoConfiguration.class));

    final ApplicationContextRunner withActuatorMetrics = runner.withConfiguration(AutoConfigurations.of(
            MetricsAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
            CompositeMeterRegistryAutoConfiguration.class));

    @Test
    @DisplayName("binds the registry Actuator configures: recording shows in parley.* meters")
    void bindsActuatorsRegistry() {
        withActuatorMetrics.run(context -> {
            assertThat(context).hasNotFailed().hasBean("parleyMeterRegistryCustomizer");
            context.getBean(Parley.class).recordAll(ParleyAutoConfigurationTest.HISTORY);
            MeterRegistry registry = context.getBean(MeterRegistry.class);

            assertThat(registry.get("parley.developments.recorded").tag("type", "party-joined").counter().count())
                    .isEqualTo(2);
            assertThat(registry.get("parley.records").tag("outcome", "success").timer().count()).isEqualTo(1);
        });
    }

    @Test
    @DisplayName("binds a registry bean of the application's own")
    void bindsApplicationsRegistry() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        runner.withBean(MeterRegistry.class, () -> registry).run(context -> {
            context.getBean(Parley.class).state("talks");

            assertThat(registry.get("parley.queries").tag("cut", "now").timer().count()).isEqualTo(1);
        });
    }

    @Test
    @DisplayName("does nothing without a registry bean, and Parley works")
    void withoutRegistry() {
        runner.run(context -> {
            assertThat(context).doesNotHaveBean("parleyMeterRegistryCustomizer");
            ParleyAutoConfigurationTest.recordsAndAnswers(context);
        });
    }

    @Test
    @DisplayName("does nothing without Micrometer on the class path, and Parley works")
    void withoutMicrometer() {
        runner.withClassLoader(new FilteredClassLoader("io.micrometer")).run(context -> {
            assertThat(context).doesNotHaveBean("parleyMeterRegistryCustomizer");
            ParleyAutoConfigurationTest.recordsAndAnswers(context);
        });
    }
}
