/**
 * The Parley facade ({@link dev.parley.Parley}) and its builder. The Axon engine behind it ({@code dev.parley.engine})
 * is not exported. JDBC pooling (HikariCP) and the drivers are optional: add the ones your store needs.
 */
module dev.parley.core {
    requires transitive dev.parley.timeline;
    requires transitive java.sql;
    requires dev.parley.model;
    requires org.axonframework.config;
    requires org.axonframework.eventsourcing;
    requires org.axonframework.messaging;
    requires org.axonframework.modelling;
    requires com.fasterxml.jackson.databind;
    requires com.github.benmanes.caffeine;
    requires org.slf4j;
    requires static com.zaxxer.hikari;   // optional: the pool for jdbc(url, ...) stores
    requires static com.h2database;      // optional: the pool of h2(file) stores
    requires static micrometer.core;     // optional: meters, only when the builder is given a MeterRegistry

    exports dev.parley;

    // Axon finds the aggregate's handlers and builds it reflectively; Jackson writes its snapshots.
    opens dev.parley.engine to org.axonframework.messaging, org.axonframework.modelling,
            org.axonframework.eventsourcing, com.fasterxml.jackson.databind;
}
