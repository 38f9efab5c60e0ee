package dev.parley.spring;

import dev.parley.Parley;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.util.function.Consumer;

/**
 * Creates one {@link Parley} bean, unless the application defines its own: on the application's
 * {@link DataSource} ({@code parley.store=datasource}, the default), on an embedded H2 file ({@code h2}) or in
 * memory ({@code memory}), tuned by the other {@link ParleyProperties parley.* properties} and by any
 * {@link ParleyBuilderCustomizer} beans, and closed when the context closes.
 *
 * <p>Parley keeps its Axon configuration private: it defines no Axon bean (no {@code EventStore}, no
 * {@code CommandBus}), so Axon's own Spring Boot starter can configure the application's Axon beside it; on a shared
 * database their tables have different names ({@code parley.table-prefix}). Parley's writes are transactions of
 * its own: they do not join the application's Spring transactions.
 */
// The DataSource auto-configuration of Spring Boot 3, and of Boot 4 (which moved it to spring-boot-jdbc)
@AutoConfiguration(afterName = {"org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"})
@EnableConfigurationProperties(ParleyProperties.class)
public class ParleyAutoConfiguration {

    /**
     * @param properties  the {@code parley.*} properties
     * @param dataSources the application's data source, used when {@code parley.store=datasource}
     * @param customizers adjustments of the builder, applied in order
     * @return the Parley, started; the context closes it
     * @throws IllegalStateException when {@code parley.store=datasource} and there is no single DataSource
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public Parley parley(ParleyProperties properties, ObjectProvider<DataSource> dataSources,
                         ObjectProvider<ParleyBuilderCustomizer> customizers) {
        Parley.Builder builder = Parley.builder();
        switch (properties.getStore()) {
            case MEMORY -> builder.inMemory();
            case H2 -> property("parley.h2.path", properties.getH2().getPath(), builder::h2);
            case DATASOURCE -> builder.jdbc(requireDataSource(dataSources));
        }
        if (properties.getTablePrefix() != null) {
            property("parley.table-prefix", properties.getTablePrefix(), builder::tablePrefix);
        }
        if (properties.getSnapshotEvery() != null) {
            builder.snapshotEvery(properties.getSnapshotEvery());
        }
        property("parley.write-timeout", properties.getWriteTimeout(), builder::writeTimeout);
        builder.readSideTimeout(properties.getReadSide().getTimeout());
        builder.readSideCache(properties.getReadSide().getCache());
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    /**
     * Hands a property's value to the builder; a value the builder refuses (a path or prefix H2 or SQL would read
     * as syntax) fails the start with Spring's report of an invalid property, naming it, its value and the rule.
     */
    private static <T> void property(String name, T value, Consumer<T> setter) {
        try {
            setter.accept(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationPropertyValueException(name, value, e.getMessage());
        }
    }

    private static DataSource requireDataSource(ObjectProvider<DataSource> dataSources) {
        DataSource dataSource = dataSources.getIfUnique();
        if (dataSource == null) {
            throw new IllegalStateException("parley.store=datasource (the default) needs the application's "
                    + "DataSource, and there is " + (dataSources.stream().findAny().isPresent()
                    ? "more than one without a @Primary" : "none") + ": configure spring.datasource.url (with "
                    + "spring-boot-starter-jdbc), or set parley.store=h2 or parley.store=memory");
        }
        return dataSource;
    }
}
