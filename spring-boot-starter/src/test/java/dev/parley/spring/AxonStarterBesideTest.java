package dev.parley.spring;

import dev.parley.Parley;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static dev.parley.spring.ParleyAutoConfigurationTest.HISTORY;
import static dev.parley.spring.ParleyAutoConfigurationTest.recordsAndAnswers;
import static dev.parley.spring.ParleyAutoConfigurationTest.tables;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application with Axon's own Spring Boot starter and Parley's, all auto-configuration on as in a
 * {@code @SpringBootApplication}, on one H2 DataSource.
 */
@DisplayName("Parley's starter beside Axon's axon-spring-boot-starter")
class AxonStarterBesideTest {

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class Application {
    }

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Application.class)
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:beside-axon;DB_CLOSE_DELAY=-1",
                    "axon.axonserver.enabled=false", "axon.serializer.general=jackson",
                    "axon.serializer.events=jackson", "axon.serializer.messages=jackson");

    @Test
    @DisplayName("both load; Parley defines no Axon bean, and each keeps its events in its own tables")
    void together() {
        runner.run(context -> {
            assertThat(context).hasNotFailed()
                    .hasSingleBean(Parley.class)
                    .hasSingleBean(EventStore.class)
                    .hasSingleBean(CommandBus.class)
                    .hasSingleBean(EventStorageEngine.class)
                    .hasBean("parleyHealthIndicator");
            assertThat(context.getBeanNamesForType(EventStore.class)).doesNotContain("parley");
            assertThat(context.getBean(EventStorageEngine.class)).isInstanceOf(JdbcEventStorageEngine.class);

            // Axon's application: its JDBC store on Axon's default tables, in the same DataSource.
            ((JdbcEventStorageEngine) context.getBean(EventStorageEngine.class))
                    .createSchema(PostgresEventTableFactory.INSTANCE);
            context.getBean(EventGateway.class).publish("an event of the Axon application");

            recordsAndAnswers(context);
            DataSource dataSource = context.getBean(DataSource.class);
            assertThat(tables(dataSource)).contains("domainevententry", "parley_domain_event_entry");
            assertThat(payloadTypes(dataSource, "domainevententry")).containsExactly("java.lang.String");
            assertThat(payloadTypes(dataSource, "parley_domain_event_entry"))
                    .containsExactlyElementsOf(HISTORY.stream().map(d -> d.typeName()).toList());
            assertThat(context.getBean("parleyHealthIndicator", HealthIndicator.class).health().getDetails())
                    .containsEntry("negotiations", 1);
        });
    }

    static List<String> payloadTypes(DataSource dataSource, String table) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT payloadType FROM " + table + " ORDER BY globalIndex")) {
            List<String> types = new ArrayList<>();
            while (rows.next()) {
                types.add(rows.getString(1));
            }
            return types;
        }
    }
}
