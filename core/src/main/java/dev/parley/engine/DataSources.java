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

    /** The suffix of an H2 (MVStore) database file, which the URL leaves out. */
    private static final String H2_SUFFIX = ".mv.db";

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
     * @param file the database file, checked by {@link #h2Location(Path)} before anything is created
     * @return a pool on an embedded H2 file database, its folder created
     */
    static Opened h2(Path file) {
        Path database = h2Location(file);
        Drivers.require("h2(" + database + ")", List.of(Drivers.H2));
        try {
            Files.createDirectories(database.getParent());
        } catch (IOException e) {
            throw new StoreException("cannot create folder " + database.getParent() + ": " + e.getMessage(), e);
        }
        return H2Pool.open("jdbc:h2:file:" + database + H2_SETTINGS, database.resolveSibling(
                database.getFileName() + ".mv.db"), 4);
    }

    /**
     * The one rule for where an H2 store may be: a plain file path, never URL syntax. H2 reads everything after
     * the first {@code ;} of its URL as settings, and {@code INIT=} runs SQL (which can write files and define Java
     * functions); a {@code :} names a protocol or file system to H2 ({@code tcp:}, {@code mem:}, {@code zip:}).
     * Neither is escaped by H2, so neither may be in the path; nor may control characters, which no one means in a
     * file name and which would reach a terminal in messages.
     *
     * @param file the database file, with or without its {@code .mv.db} suffix, relative or absolute
     * @return the absolute database path without the suffix, as the URL names it
     * @throws IllegalArgumentException naming the rule and the path when it holds any of these characters
     */
    static Path h2Location(Path file) {
        Path base = file.toAbsolutePath().normalize();
        String name = base.getFileName() == null ? "" : base.getFileName().toString();
        if (name.endsWith(H2_SUFFIX)) {
            base = base.resolveSibling(name.substring(0, name.length() - H2_SUFFIX.length()));
        }
        String text = base.toString();
        String root = base.getRoot() == null ? "" : base.getRoot().toString();
        String problem = text.indexOf(';') >= 0
                ? "contains ';', after which H2 reads connection settings such as INIT, which runs SQL"
                : text.indexOf(':', root.length()) >= 0
                ? "contains ':', with which H2 names a protocol or file system instead of a file"
                : text.chars().anyMatch(Character::isISOControl) ? "contains a control character"
                : null;
        if (problem != null) {
            throw new IllegalArgumentException("an H2 database path is a plain file path: '"
                    + JdbcStorage.Tables.printable(file.toString(), 500) + "' " + problem
                    + "; choose a path without it");
        }
        return base;
    }

    /** Only called once H2 is known to be there: the one place that touches its pool. */
    private static final class H2Pool {
        static Opened open(String url, Path file, int size) {
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
