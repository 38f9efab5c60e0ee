package dev.parley.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The {@code parley.*} properties of {@link ParleyAutoConfiguration}.
 *
 * <pre>{@code
 * parley.store=datasource          # the application's DataSource (default), or h2, or memory
 * parley.table-prefix=parley_      # or audit.parley_ (schema audit), or audit.
 * parley.snapshot-every=1000
 * parley.write-timeout=10m
 * parley.read-side.timeout=60s
 * parley.read-side.cache=200000
 * parley.health.timeout=5s
 * }</pre>
 */
@ConfigurationProperties(prefix = "parley")
public class ParleyProperties {

    /** Where Parley stores what it records. */
    public enum Store {
        /** In the application's {@code DataSource} (PostgreSQL, H2 or any database Axon's JDBC store runs on). */
        DATASOURCE,
        /** In an embedded H2 file of Parley's own, at {@code parley.h2.path}. */
        H2,
        /** In memory: nothing survives a restart. */
        MEMORY
    }

    /**
     * Where Parley stores: "datasource" (the application's DataSource, which must exist), "h2" (an embedded H2
     * file of its own at parley.h2.path; needs com.h2database:h2) or "memory" (nothing survives a restart).
     */
    private Store store = Store.DATASOURCE;

    /**
     * Prefix of Parley's table names, optionally after a schema and a dot: "parley_" gives
     * parley_domain_event_entry and parley_snapshot_event_entry; "audit.parley_" puts them in schema audit
     * (created if missing). Unset, the prefix is parley_ and a store of Parley 0.1 (Axon's default table names) is
     * used in place; set, exactly these names are used.
     */
    private String tablePrefix;

    /**
     * Developments of one negotiation between snapshots; unset, Parley's default (1000 on databases, none in
     * memory).
     */
    private Integer snapshotEvery;

    /**
     * How long a write waits for other writers of the same negotiation (other threads, or other processes on the
     * same PostgreSQL database, queued on the negotiation's lock) before it is refused.
     */
    private Duration writeTimeout = Duration.ofMinutes(10);

    private final H2 h2 = new H2();

    private final ReadSide readSide = new ReadSide();

    private final Health health = new Health();

    /** @return where Parley stores */
    public Store getStore() {
        return store;
    }

    /** @param store where Parley stores */
    public void setStore(Store store) {
        this.store = store;
    }

    /** @return the table prefix, or null for the default */
    public String getTablePrefix() {
        return tablePrefix;
    }

    /** @param tablePrefix the table prefix, optionally schema-qualified */
    public void setTablePrefix(String tablePrefix) {
        this.tablePrefix = tablePrefix;
    }

    /** @return developments between snapshots, or null for the default */
    public Integer getSnapshotEvery() {
        return snapshotEvery;
    }

    /** @param snapshotEvery developments between snapshots */
    public void setSnapshotEvery(Integer snapshotEvery) {
        this.snapshotEvery = snapshotEvery;
    }

    /** @return how long a write waits for other writers of the same negotiation */
    public Duration getWriteTimeout() {
        return writeTimeout;
    }

    /** @param writeTimeout how long a write waits for other writers of the same negotiation; positive */
    public void setWriteTimeout(Duration writeTimeout) {
        this.writeTimeout = writeTimeout;
    }

    /** @return the settings of the H2 store */
    public H2 getH2() {
        return h2;
    }

    /** @return the settings of the read side */
    public ReadSide getReadSide() {
        return readSide;
    }

    /** @return the settings of the health indicator */
    public Health getHealth() {
        return health;
    }

    /** {@code parley.h2.*}: the embedded H2 store. */
    public static class H2 {
        /**
         * The H2 database file, without H2's .mv.db suffix; relative paths are resolved against the working
         * directory, missing folders are created. The default is the one of Parley's command line. A plain path:
         * one holding ';', ':' or a control character (which H2 would read as URL settings) fails the start.
         */
        private Path path = Path.of(".parley", "parley");

        /** @return the database file */
        public Path getPath() {
            return path;
        }

        /** @param path the database file */
        public void setPath(Path path) {
            this.path = path;
        }
    }

    /** {@code parley.read-side.*}: the read side that answers state queries. */
    public static class ReadSide {
        /** How long a write into a negotiation waits while Parley imports a file into it. */
        private Duration timeout = Duration.ofSeconds(60);

        /**
         * Developments the read side's cached states, and the decoded histories of queries at a cut, may hold
         * together (roughly a kilobyte each); what does not fit is read again when queried. 0 caches none.
         */
        private long cache = 200_000;

        /** @return how long a write waits for an import into the same negotiation */
        public Duration getTimeout() {
            return timeout;
        }

        /** @param timeout how long a write waits for an import into the same negotiation */
        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        /** @return developments the cached states may hold */
        public long getCache() {
            return cache;
        }

        /** @param cache developments the cached states may hold */
        public void setCache(long cache) {
            this.cache = cache;
        }
    }

    /** {@code parley.health.*}: the Actuator health indicator {@code parley}. */
    public static class Health {
        /**
         * How long the health check waits for the store to answer before it reports DOWN.
         */
        private Duration timeout = Duration.ofSeconds(5);

        /** @return how long the health check waits */
        public Duration getTimeout() {
            return timeout;
        }

        /** @param timeout how long the health check waits */
        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }
    }
}
