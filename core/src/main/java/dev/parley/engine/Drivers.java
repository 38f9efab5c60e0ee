package dev.parley.engine;

import dev.parley.timeline.StoreException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The optional libraries a database store needs. {@code parley-core} declares the pool and the JDBC drivers
 * optional, so an embedding application gets only those it adds; a store whose library is missing fails at once
 * with the Maven coordinates to add, instead of a {@link NoClassDefFoundError} from deep inside.
 */
enum Drivers {
    HIKARI_CP("com.zaxxer.hikari.HikariDataSource", "com.zaxxer:HikariCP"),
    H2("org.h2.Driver", "com.h2database:h2"),
    POSTGRESQL("org.postgresql.Driver", "org.postgresql:postgresql");

    private final String className;
    private final String artifact;

    Drivers(String className, String artifact) {
        this.className = className;
        this.artifact = artifact;
    }

    /** @return the Maven coordinates, {@code groupId:artifactId} */
    String artifact() {
        return artifact;
    }

    /** @return what a pool on this JDBC URL needs: HikariCP, and the driver when Parley knows it */
    static List<Drivers> forUrl(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        List<Drivers> needed = new ArrayList<>(List.of(HIKARI_CP));
        if (lower.startsWith("jdbc:h2:")) {
            needed.add(H2);
        } else if (lower.startsWith("jdbc:postgresql:")) {
            needed.add(POSTGRESQL);
        }
        return needed;
    }

    /**
     * @param needed  the libraries
     * @param present whether a class can be loaded
     * @return those whose class is not present, in order
     */
    static List<Drivers> missing(List<Drivers> needed, Predicate<String> present) {
        return needed.stream().filter(library -> !present.test(library.className)).toList();
    }

    /**
     * @param store  the store, as the user chose it (e.g. {@code h2(/data/parley)})
     * @param needed the libraries it needs
     * @throws StoreException naming the missing Maven artifacts
     */
    static void require(String store, List<Drivers> needed) {
        List<Drivers> missing = missing(needed, Drivers::loadable);
        if (!missing.isEmpty()) {
            throw new StoreException(message(store, missing), null);
        }
    }

    static String message(String store, List<Drivers> missing) {
        String artifacts = missing.stream().map(Drivers::artifact).collect(Collectors.joining(" and "));
        return "the store " + store + " needs " + artifacts + " on the class path: add "
                + (missing.size() == 1 ? "that Maven dependency" : "those Maven dependencies")
                + " (parley-core declares pool and drivers optional)";
    }

    /** Visible to Parley's own class loader or to the thread's context class loader (application servers). */
    private static boolean loadable(String className) {
        return loadable(className, Drivers.class.getClassLoader())
                || loadable(className, Thread.currentThread().getContextClassLoader());
    }

    private static boolean loadable(String className, ClassLoader loader) {
        if (loader == null) {
            return false;
        }
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
