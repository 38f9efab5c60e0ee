package dev.parley.engine;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Optional drivers")
class DriversTest {

    @Nested
    @DisplayName("detection")
    class Detection {

        @Test
        @DisplayName("a pool on a PostgreSQL URL needs HikariCP and the PostgreSQL driver; an unknown URL only HikariCP")
        void neededForUrl() {
            assertThat(Drivers.forUrl("jdbc:postgresql://localhost/parley"))
                    .containsExactly(Drivers.HIKARI_CP, Drivers.POSTGRESQL);
            assertThat(Drivers.forUrl("JDBC:H2:mem:x")).containsExactly(Drivers.HIKARI_CP, Drivers.H2);
            assertThat(Drivers.forUrl("jdbc:mariadb://localhost/parley")).containsExactly(Drivers.HIKARI_CP);
        }

        @Test
        @DisplayName("reports exactly the libraries whose class cannot be loaded")
        void missing() {
            assertThat(Drivers.missing(List.of(Drivers.HIKARI_CP, Drivers.H2),
                    name -> !name.startsWith("org.h2."))).containsExactly(Drivers.H2);
            assertThat(Drivers.missing(List.of(Drivers.HIKARI_CP, Drivers.H2), name -> true)).isEmpty();
        }

        @Test
        @DisplayName("the message names the store and the Maven artifacts")
        void message() {
            assertThat(Drivers.message("h2(/data/parley)", List.of(Drivers.HIKARI_CP, Drivers.H2)))
                    .isEqualTo("the store h2(/data/parley) needs com.zaxxer:HikariCP and com.h2database:h2 on the "
                            + "class path: add those Maven dependencies (parley-core declares pool and drivers "
                            + "optional)");
        }

        @Test
        @DisplayName("finds the drivers that are on the test class path")
        void present() {
            Drivers.require("h2(x)", List.of(Drivers.HIKARI_CP, Drivers.H2, Drivers.POSTGRESQL));
        }
    }

    @Nested
    @DisplayName("Parley loaded without a driver")
    class WithoutDriver {
        @TempDir
        Path tempDir;

        @Test
        @DisplayName("h2 without com.h2database:h2 is a StoreException naming the artifact, and creates nothing")
        void h2Missing() throws Exception {
            Path file = tempDir.resolve("db").resolve("parley");
            Throwable failure = callHiding("/com/h2database/", loader -> loader.loadClass("dev.parley.Parley")
                    .getMethod("h2", Path.class).invoke(null, file));

            assertThat(failure.getClass().getName()).isEqualTo("dev.parley.timeline.StoreException");
            assertThat(failure).hasMessage("the store h2(" + file.toAbsolutePath() + ") needs com.h2database:h2 "
                    + "on the class path: add that Maven dependency (parley-core declares pool and drivers "
                    + "optional)");
            assertThat(tempDir).isEmptyDirectory();
        }

        @Test
        @DisplayName("a JDBC URL without HikariCP is a StoreException naming com.zaxxer:HikariCP")
        void hikariMissing() throws Exception {
            Throwable failure = callHiding("/com/zaxxer/", loader -> loader.loadClass("dev.parley.Parley")
                    .getMethod("jdbc", String.class, String.class, String.class)
                    .invoke(null, "jdbc:postgresql://localhost:1/parley", "u", "p"));

            assertThat(failure.getClass().getName()).isEqualTo("dev.parley.timeline.StoreException");
            assertThat(failure).hasMessageStartingWith("the store jdbc(jdbc:postgresql://localhost:1/parley) needs "
                    + "com.zaxxer:HikariCP on the class path");
        }

        @Test
        @DisplayName("a PostgreSQL URL without the driver is a StoreException naming org.postgresql:postgresql")
        void postgresqlMissing() throws Exception {
            Throwable failure = callHiding("/org/postgresql/", loader -> loader.loadClass("dev.parley.Parley")
                    .getMethod("jdbc", String.class, String.class, String.class)
                    .invoke(null, "jdbc:postgresql://localhost:1/parley", "u", "p"));

            assertThat(failure.getClass().getName()).isEqualTo("dev.parley.timeline.StoreException");
            assertThat(failure).hasMessageContaining("needs org.postgresql:postgresql on the class path");
        }

        @Test
        @DisplayName("memory needs no driver at all")
        void memoryNeedsNone() throws Exception {
            Throwable failure = callHiding("/com/h2database/|/com/zaxxer/|/org/postgresql/", loader -> {
                Class<?> parley = loader.loadClass("dev.parley.Parley");
                try (AutoCloseable opened = (AutoCloseable) parley.getMethod("inMemory").invoke(null)) {
                    assertThat(parley.getMethod("negotiations").invoke(opened)).isEqualTo(List.of());
                }
                return null;
            });
            assertThat(failure).isNull();
        }
    }

    interface Call {
        Object run(ClassLoader loader) throws Exception;
    }

    /**
     * Runs a call in a class loader over the test class path minus the jars whose path contains one of the
     * '|'-separated fragments (also as the context class loader), and returns what it threw, or null.
     */
    static Throwable callHiding(String hidden, Call call) throws Exception {
        List<String> fragments = List.of(hidden.split("\\|"));
        String[] entries = System.getProperty("java.class.path").split(File.pathSeparator);
        assertThat(entries).as("the test class path lists the jars it hides")
                .anyMatch(entry -> fragments.stream().anyMatch(f -> entry.replace('\\', '/').contains(f)));
        URL[] urls = Arrays.stream(entries)
                .filter(entry -> fragments.stream().noneMatch(f -> entry.replace('\\', '/').contains(f)))
                .map(DriversTest::url)
                .toArray(URL[]::new);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
            thread.setContextClassLoader(loader);
            call.run(loader);
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static URL url(String entry) {
        try {
            return new File(entry).toURI().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(entry, e);
        }
    }
}
