package dev.parley.core;

import dev.parley.Parley;
import dev.parley.model.Sample;
import dev.parley.timeline.Development;
import dev.parley.timeline.PartyRole;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application that uses Axon itself, with Axon's default table names, and Parley in the same database: neither
 * sees the other's events, whichever starts first.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(value = TestStores.class, names = {"H2", "POSTGRESQL"})
@DisplayName("Parley beside an Axon application in one database")
class CoexistenceTest {

    @Parameter
    TestStores store;

    @TempDir
    Path tempDir;

    SharedDatabase database;

    final Sample talks = new Sample("talks");
    final List<Development> history = List.of(talks.opened(), talks.joined("ru", "Russia", PartyRole.PARTY),
            talks.joined("ua", "Ukraine", PartyRole.PARTY),
            talks.statement("statement", "Umerov", "we are ready", "2025-06-02"));

    @BeforeEach
    void openDatabase() {
        database = SharedDatabase.open(store, tempDir, "coexistence_test");
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {       // null when PostgreSQL is not configured and the test was skipped
            database.close();
        }
    }

    @Test
    @DisplayName("the Axon application first: Parley does not take its domainevententry for a Parley 0.1 store")
    void axonFirst() {
        Configuration tickets = TicketApplication.start(database.dataSource());
        try {
            openTickets(tickets, "t-1", "t-2", "t-3");
            try (Parley parley = Parley.builder().jdbc(database.dataSource()).build()) {
                parley.recordAll(history);
                openTickets(tickets, "t-4");
                assertSeparate(tickets, parley, 4);
            }
            try (Parley reopened = Parley.builder().jdbc(database.dataSource()).build()) {
                assertSeparate(tickets, reopened, 4);
            }
        } finally {
            tickets.shutdown();
        }
    }

    @Test
    @DisplayName("Parley first: the Axon application makes and reads its own tables")
    void parleyFirst() {
        try (Parley parley = Parley.builder().jdbc(database.dataSource()).build()) {
            parley.recordAll(history);
            Configuration tickets = TicketApplication.start(database.dataSource());
            try {
                openTickets(tickets, "t-1", "t-2");
                assertSeparate(tickets, parley, 2);
                tickets.commandGateway().sendAndWait(new CloseTicket("t-1"));
                assertThat(tickets.eventStore().readEvents("t-1").asStream().<Object>map(EventMessage::getPayload))
                        .containsExactly(new TicketOpened("t-1"), new TicketClosed("t-1"));
            } finally {
                tickets.shutdown();
            }
        }
    }

    private static void openTickets(Configuration tickets, String... ids) {
        for (String id : ids) {
            tickets.commandGateway().sendAndWait(new OpenTicket(id));
        }
    }

    /** Reads both event streams in full: each holds its own events only. */
    private void assertSeparate(Configuration tickets, Parley parley, int ticketCount) {
        List<Object> axonStream;
        // The storage engine's stream ends at the head (the event store's openStream tails forever).
        try (var stream = tickets.getComponent(EventStorageEngine.class).readEvents(null, false)) {
            axonStream = stream.map(EventMessage::getPayload).collect(Collectors.toList());
        }
        assertThat(axonStream).hasSize(ticketCount).allMatch(TicketOpened.class::isInstance);

        assertThat(parley.negotiations()).containsExactly("talks");
        assertThat(parley.developments("talks")).containsExactlyElementsOf(history);
        assertThat(parley.developments("t-1")).isEmpty();
        assertThat(database.payloadTypes("parley_domain_event_entry"))
                .containsExactlyElementsOf(history.stream().map(Development::typeName).toList());
        assertThat(database.payloadTypes("domainevententry")).hasSize(ticketCount)
                .allMatch(type -> type.equals(TicketOpened.class.getName()));
        assertThat(database.tables()).contains("domainevententry", "snapshotevententry",
                "parley_domain_event_entry", "parley_snapshot_event_entry");
    }

    /** A tiny event-sourced Axon application of its own, on Axon's defaults (table names included). */
    static final class TicketApplication {
        static Configuration start(DataSource dataSource) {
            JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
            JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                    .connectionProvider(new UnitOfWorkAwareConnectionProviderWrapper(dataSource::getConnection))
                    .transactionManager(NoTransactionManager.INSTANCE)
                    .eventSerializer(serializer)
                    .snapshotSerializer(serializer)
                    .build();
            engine.createSchema(PostgresEventTableFactory.INSTANCE);
            Configuration configuration = DefaultConfigurer.defaultConfiguration()
                    .configureSerializer(c -> serializer)
                    .configureEventSerializer(c -> serializer)
                    .configureMessageSerializer(c -> serializer)
                    .registerComponent(EventStorageEngine.class, c -> engine)
                    .configureEmbeddedEventStore(c -> c.getComponent(EventStorageEngine.class))
                    .configureAggregate(Ticket.class)
                    .buildConfiguration();
            configuration.start();
            return configuration;
        }
    }

    record OpenTicket(@TargetAggregateIdentifier String ticketId) {
    }

    record CloseTicket(@TargetAggregateIdentifier String ticketId) {
    }

    record TicketOpened(String ticketId) {
    }

    record TicketClosed(String ticketId) {
    }

    static class Ticket {
        @AggregateIdentifier
        private String ticketId;

        Ticket() {
        }

        @CommandHandler
        Ticket(OpenTicket command) {
            AggregateLifecycle.apply(new TicketOpened(command.ticketId()));
        }

        @CommandHandler
        void handle(CloseTicket command) {
            AggregateLifecycle.apply(new TicketClosed(command.ticketId()));
        }

        @EventSourcingHandler
        void on(TicketOpened event) {
            ticketId = event.ticketId();
        }
    }
}
