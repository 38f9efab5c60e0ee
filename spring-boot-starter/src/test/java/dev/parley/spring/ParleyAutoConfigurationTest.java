package dev.parley.spring;

import com.zaxxer.hikari.HikariDataSource;
import dev.parley.Parley;
import dev.parley.model.Sample;
import dev.parley.timeline.Development;
import dev.parley.timeline.PartyRole;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Parley's auto-configuration")
class ParleyAutoConfigurationTest {

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    ParleyAutoConfiguration.class, ParleyHealthAutoConfiguration.class));

    static final Sample TALKS = new Sample("talks");
    static final List<Development> HISTORY = List.of(TALKS.opened(),
            TALKS.joined("ru", "Russia", PartyRole.PARTY), TALKS.joined("ua", "Ukraine", PartyRole.PARTY),
            TALKS.statement("s1", "Umerov", "we are ready", "2025-06-02"),
            TALKS.statement("s2", "Medinsky", "propaganda", "2025-06-02"));

    @TempDir
    Path tempDir;

    /** Records the history and reads it back through the context's one Parley. */
    static void recordsAndAnswers(AssertableApplicationContext context) {
        assertThat(context).hasNotFailed().hasSingleBean(Parley.class);
        Parley parley = context.getBean(Parley.class);
        parley.recordAll(HISTORY);
        assertThat(parley.negotiations()).containsExactly("talks");
        assertThat(parley.state("talks").orElseThrow().participantsIn(PartyRole.PARTY))
                .containsExactly("Russia", "Ukraine");
    }

    static Set<String> tables(DataSource dataSource) {
        Set<String> names = new TreeSet<>();
        try (Connection c = dataSource.getConnection();
             ResultSet tables = c.getMetaData().getTables(null, c.getSchema(), "%", new String[]{"TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    static long count(DataSource dataSource, String table) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Nested
    @DisplayName("creates one Parley")
    class Stores {

        @Test
        @DisplayName("in memory with parley.store=memory, even when the application has a DataSource")
        void memory() {
            runner.withPropertyValues("parley.store=memory",
                            "spring.datasource.url=jdbc:h2:mem:memory-test;DB_CLOSE_DELAY=-1")
                    .run(context -> {
                        recordsAndAnswers(context);
                        assertThat(tables(context.getBean(DataSource.class))).isEmpty();
                    });
        }

        @Test
        @DisplayName("in an H2 file of its own with parley.store=h2, closed with the context")
        void h2() {
            Path file = tempDir.resolve("store/parley");
            Parley[] seen = new Parley[1];
            runner.withPropertyValues("parley.store=h2", "parley.h2.path=" + file)
                    .run(context -> {
                        recordsAndAnswers(context);
                        seen[0] = context.getBean(Parley.class);
                    });
            assertThat(Files.exists(tempDir.resolve("store/parley.mv.db"))).isTrue();
            assertThatThrownBy(seen[0]::negotiations).as("closed with the context: its pool is gone")
                    .isInstanceOf(RuntimeException.class);
            try (Parley reopened = Parley.h2(file)) {
                assertThat(reopened.developments("talks")).containsExactlyElementsOf(HISTORY);
            }
        }

        @Test
        @DisplayName("on the application's DataSource by default (H2 in memory), in parley_ tables")
        void dataSource() {
            runner.withPropertyValues("spring.datasource.url=jdbc:h2:mem:datasource-test;DB_CLOSE_DELAY=-1")
                    .run(context -> {
                        recordsAndAnswers(context);
                        DataSource dataSource = context.getBean(DataSource.class);
                        assertThat(tables(dataSource))
                                .containsExactly("parley_domain_event_entry", "parley_read_side",
                                        "parley_snapshot_event_entry");
                        assertThat(count(dataSource, "parley_domain_event_entry")).isEqualTo(HISTORY.size());
                    });
        }

        @Test
        @DisplayName("on the application's PostgreSQL DataSource")
        void postgresqlDataSource() {
            TestPostgres pg = TestPostgres.require("parley_starter_test");
            runner.withPropertyValues("spring.datasource.url=" + pg.url(), "spring.datasource.username=" + pg.user(),
                            "spring.datasource.password=" + pg.password())
                    .run(context -> {
                        recordsAndAnswers(context);
                        DataSource dataSource = context.getBean(DataSource.class);
                        assertThat(tables(dataSource))
                                .containsExactly("parley_domain_event_entry", "parley_read_side",
                                        "parley_snapshot_event_entry");
                        assertThat(count(dataSource, "parley_domain_event_entry")).isEqualTo(HISTORY.size());
                    });
        }

        @Test
        @DisplayName("or fails at start with the way out when the default store has no DataSource")
        void noDataSource() {
            new ApplicationContextRunner()
                    .withConfiguration(AutoConfigurations.of(ParleyAutoConfiguration.class))
                    .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                            .hasMessageContaining("parley.store=datasource (the default) needs the application's "
                                    + "DataSource, and there is none")
                            .hasMessageContaining("parley.store=h2 or parley.store=memory"));
        }
    }

    @Nested
    @DisplayName("binds the parley.* properties")
    class Properties {

        @Test
        @DisplayName("and applies them: table prefix, snapshot interval, read side")
        void bound() {
            runner.withPropertyValues("spring.datasource.url=jdbc:h2:mem:properties-test;DB_CLOSE_DELAY=-1",
                            "parley.table-prefix=newsroom_", "parley.snapshot-every=2",
                            "parley.read-side.timeout=7s", "parley.read-side.cache=10", "parley.health.timeout=3s",
                            "parley.write-timeout=90s")
                    .run(context -> {
                        ParleyProperties properties = context.getBean(ParleyProperties.class);
                        assertThat(properties.getStore()).isEqualTo(ParleyProperties.Store.DATASOURCE);
                        assertThat(properties.getTablePrefix()).isEqualTo("newsroom_");
                        assertThat(properties.getSnapshotEvery()).isEqualTo(2);
                        assertThat(properties.getReadSide().getTimeout()).isEqualTo(Duration.ofSeconds(7));
                        assertThat(properties.getWriteTimeout()).isEqualTo(Duration.ofSeconds(90));
                        assertThat(properties.getReadSide().getCache()).isEqualTo(10);
                        assertThat(properties.getHealth().getTimeout()).isEqualTo(Duration.ofSeconds(3));
                        recordsAndAnswers(context);
                        DataSource dataSource = context.getBean(DataSource.class);
                        assertThat(tables(dataSource))
                                .containsExactly("newsroom_domain_event_entry", "newsroom_read_side",
                                        "newsroom_snapshot_event_entry");
                        // 5 developments, a snapshot every 2: taken in the background after the commits.
                        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                        while (count(dataSource, "newsroom_snapshot_event_entry") == 0
                                && System.nanoTime() < deadline) {
                            Thread.sleep(20);
                        }
                        assertThat(count(dataSource, "newsroom_snapshot_event_entry")).isEqualTo(1);
                    });
        }

        @Test
        @DisplayName("with their defaults")
        void defaults() {
            runner.withPropertyValues("parley.store=memory").run(context -> {
                ParleyProperties properties = context.getBean(ParleyProperties.class);
                assertThat(properties.getTablePrefix()).isNull();
                assertThat(properties.getSnapshotEvery()).isNull();
                assertThat(properties.getH2().getPath()).isEqualTo(Path.of(".parley", "parley"));
                assertThat(properties.getReadSide().getTimeout()).isEqualTo(Duration.ofSeconds(60));
                assertThat(properties.getReadSide().getCache()).isEqualTo(200_000);
                assertThat(properties.getHealth().getTimeout()).isEqualTo(Duration.ofSeconds(5));
            });
        }

        @Test
        @DisplayName("and refuses a table prefix that is not a plain identifier, at start")
        void invalidPrefix() {
            runner.withPropertyValues("parley.store=memory", "parley.table-prefix=parley; drop table x")
                    .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                            .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                            .hasMessageStartingWith("Property parley.table-prefix with value 'parley; drop table x'")
                            .hasMessageContaining("tablePrefix must be lowercase letters"));
        }

        @Test
        @DisplayName("and refuses a write timeout that is not positive, naming the property")
        void invalidWriteTimeout() {
            runner.withPropertyValues("parley.store=memory", "parley.write-timeout=0s")
                    .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                            .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                            .hasMessageStartingWith("Property parley.write-timeout with value 'PT0S'")
                            .hasMessageContaining("writeTimeout must be positive"));
        }

        @Test
        @DisplayName("and refuses an unknown store, naming the choices")
        void unknownStore() {
            runner.withPropertyValues("parley.store=mongo")
                    .run(context -> assertThat(context).hasFailed().getFailure()
                            .hasStackTraceContaining("parley.store")
                            .hasStackTraceContaining("mongo"));
        }
    }

    @Nested
    @DisplayName("backs off")
    class BacksOff {

        @Configuration(proxyBeanMethods = false)
        static class OwnParley {
            @Bean(destroyMethod = "close")
            Parley myParley() {
                return Parley.builder().inMemory()
                        .clock(Clock.fixed(Instant.parse("2025-06-15T00:00:00Z"), ZoneOffset.UTC)).build();
            }
        }

        @Test
        @DisplayName("when the application defines its own Parley, and checks that one's health")
        void ownParley() {
            runner.withUserConfiguration(OwnParley.class)
                    .withPropertyValues("parley.store=h2", "parley.h2.path=" + tempDir.resolve("unused"))
                    .run(context -> {
                        assertThat(context).hasSingleBean(Parley.class).hasBean("myParley").doesNotHaveBean("parley");
                        assertThat(Files.exists(tempDir.resolve("unused.mv.db"))).isFalse();
                        context.getBean(Parley.class).recordAll(HISTORY);
                        assertThat(context.getBean("parleyHealthIndicator", HealthIndicator.class).health()
                                .getDetails()).containsEntry("negotiations", 1);
                    });
        }

        @Configuration(proxyBeanMethods = false)
        static class FixedClock {
            @Bean
            ParleyBuilderCustomizer fixedClock() {
                return builder -> builder.clock(Clock.fixed(Instant.parse("2025-07-11T00:00:00Z"), ZoneOffset.UTC));
            }
        }

        @Test
        @DisplayName("to a ParleyBuilderCustomizer for what properties cannot say")
        void customizer() {
            runner.withUserConfiguration(FixedClock.class).withPropertyValues("parley.store=memory")
                    .run(context -> {
                        Parley parley = context.getBean(Parley.class);
                        parley.recordAll(List.of(TALKS.opened(), TALKS.joined("ru", "Russia", PartyRole.PARTY),
                                TALKS.offer("offer", "Russia", "Ukraine", "return children", 10, "2025-06-02",
                                        "2025-07-10")));
                        assertThat(parley.state("talks").orElseThrow().position("offer").orElseThrow().status())
                                .as("judged against the customizer's clock, 11 July").hasToString("OVERDUE");
                    });
        }
    }

    @Nested
    @DisplayName("reports health as 'parley'")
    class HealthIndicatorTest {

        @Test
        @DisplayName("UP with the number of negotiations when the store answers")
        void up() {
            runner.withPropertyValues("spring.datasource.url=jdbc:h2:mem:health-up;DB_CLOSE_DELAY=-1")
                    .run(context -> {
                        recordsAndAnswers(context);
                        var health = context.getBean("parleyHealthIndicator", HealthIndicator.class).health();
                        assertThat(health.getStatus()).isEqualTo(Status.UP);
                        assertThat(health.getDetails()).containsEntry("negotiations", 1);
                    });
        }

        @Test
        @DisplayName("DOWN with the reason when the store is unreachable")
        void down() {
            runner.withPropertyValues("spring.datasource.url=jdbc:h2:mem:health-down;DB_CLOSE_DELAY=-1",
                            "parley.health.timeout=10s")
                    .run(context -> {
                        recordsAndAnswers(context);
                        ((HikariDataSource) context.getBean(DataSource.class)).close();
                        var health = context.getBean("parleyHealthIndicator", HealthIndicator.class).health();
                        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                        assertThat(health.getDetails()).containsKey("reason").containsKey("error");
                    });
        }

        @Test
        @DisplayName("DOWN when the store takes longer than parley.health.timeout, without piling up checks")
        void slow() throws Exception {
            CountDownLatch release = new CountDownLatch(1);
            AtomicBoolean stalled = new AtomicBoolean();
            AtomicInteger connectionsAsked = new AtomicInteger();
            org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
            h2.setURL("jdbc:h2:mem:health-slow;DB_CLOSE_DELAY=-1");
            DataSource stalling = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[]{DataSource.class}, (proxy, method, args) -> {
                        // Only the health check's thread stalls; the read side's own polling goes on.
                        if (method.getName().equals("getConnection") && stalled.get()
                                && Thread.currentThread().getName().equals("parley-health")) {
                            connectionsAsked.incrementAndGet();
                            release.await();
                        }
                        try {
                            return method.invoke(h2, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            try (Parley parley = Parley.builder().jdbc(stalling).build();
                 ParleyHealthIndicator indicator = new ParleyHealthIndicator(parley, Duration.ofMillis(200))) {
                parley.recordAll(HISTORY);
                assertThat(eventuallyUp(indicator)).as("UP before the store stalls").isEqualTo(Status.UP);
                stalled.set(true);
                var first = indicator.health();
                var second = indicator.health();
                assertThat(first.getStatus()).isEqualTo(Status.DOWN);
                assertThat(first.getDetails().get("reason")).asString().isEqualTo(
                        "the store did not answer within PT0.2S");
                assertThat(second.getStatus()).isEqualTo(Status.DOWN);
                assertThat(connectionsAsked).as("the second check waits for the first").hasValue(1);
                stalled.set(false);
                release.countDown();
                assertThat(eventuallyUp(indicator)).as("UP again once the store answers").isEqualTo(Status.UP);
            } finally {
                release.countDown();
            }
        }

        /** @return the status once UP, or the last one after 20 s (a 200 ms check may miss on a busy machine) */
        Status eventuallyUp(ParleyHealthIndicator indicator) {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            Status status = indicator.health().getStatus();
            while (status != Status.UP && System.nanoTime() < deadline) {
                status = indicator.health().getStatus();
            }
            return status;
        }

        @Test
        @DisplayName("only when Actuator is on the class path")
        void withoutActuator() {
            runner.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate"))
                    .withPropertyValues("parley.store=memory")
                    .run(context -> assertThat(context).hasNotFailed().hasSingleBean(Parley.class)
                            .doesNotHaveBean("parleyHealthIndicator"));
        }

        @Test
        @DisplayName("unless management.health.parley.enabled=false")
        void disabled() {
            runner.withPropertyValues("parley.store=memory", "management.health.parley.enabled=false")
                    .run(context -> assertThat(context).hasSingleBean(Parley.class)
                            .doesNotHaveBean(ParleyHealthIndicator.class));
        }
    }
}
