package dev.parley.engine;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.parley.timeline.StoreException;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The data sources of the database stores, and who closes them. */
final class DataSources {

    /**
     * A data source and what closing the engine does to it.
     *
     * @param dataSource the data source
     * @param onClose    run after the engine shut down: closes a pool the engine made, nothing for one it was given
     */
    record Opened(DataSource dataSource, Runnable onClose) {
    }

    /**
     * H2 writes a commit to its file up to 500 ms later by default ({@code WRITE_DELAY}): a process killed within
     * that window loses writes it had acknowledged. With no delay every commit is in the file (the operating
     * system's cache) before {@code record} returns, so it survives the process being killed.
     */
    static final String H2_SETTINGS = ";DB_CLOSE_DELAY=0;WRITE_DELAY=0";

    private DataSources() {
    }

    /** @return the caller's data source, left open when the engine closes */
    static Opened given(DataSource dataSource) {
        return new Opened(dataSource, () -> { });
    }

    /**
     * H2's own connection pool, not HikariCP: an embedded file database needs no more, HikariCP is then not
     * needed on the class path, and H2's pool logs nothing at start.
     *
     * @return a pool on an embedded H2 file database, its folder created
     */
    static Opened h2(Path database) {
        Drivers.require("h2(" + database + ")", List.of(Drivers.H2));
        try {
            Files.createDirectories(database.getParent());
        } catch (IOException e) {
            throw new StoreException("cannot create folder " + database.getParent() + ": " + e.getMessage(), e);
        }
        return H2Pool.open("jdbc:h2:file:" + database + H2_SETTINGS, database.resolveSibling(
                database.getFileName() + ".mv.db"), 4);
    }

    /** Only called once H2 is known to be there: the one place that touches its pool. */
    private static final class H2Pool {
        static Opened open(String url, java.nio.file.Path file, int size) {
            org.h2.jdbcx.JdbcConnectionPool pool = org.h2.jdbcx.JdbcConnectionPool.create(url, "sa", "");
            pool.setMaxConnections(size);
            return new Opened(pool, H2Compaction.onClose(url, file, pool));
        }
    }

    /** @return a HikariCP pool on a JDBC URL, closed with the engine */
    static Opened pool(String url, String user, String password, int size) {
        Drivers.require("jdbc(" + url + ")", Drivers.forUrl(url));
        return hikari(url, user, password, size);
    }

    /** Only called once HikariCP is known to be there: this is the one place that touches its classes. */
    private static Opened hikari(String url, String user, String password, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        config.setPoolName("parley");
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to " + url + ": " + rootMessage(e), e);
        }
        return new Opened(pool, pool::close);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
