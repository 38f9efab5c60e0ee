package dev.parley.logging;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The SLF4J provider of core's tests: prints nothing, keeps every line at INFO and above, so a test can say what
 * Parley's wiring logged at start. Registered in {@code META-INF/services}; it replaces {@code slf4j-nop} here.
 */
public final class CapturedLogs implements SLF4JServiceProvider {
    /** One captured line. */
    public record Line(String logger, Level level, String message) {
        @Override
        public String toString() {
            return level + " " + logger + ": " + message;
        }
    }

    private static final List<Line> LINES = new CopyOnWriteArrayList<>();

    /** Forgets the lines captured so far. */
    public static void clear() {
        LINES.clear();
    }

    /** @return the lines captured since the last {@link #clear()} */
    public static List<Line> lines() {
        return new ArrayList<>(LINES);
    }

    private final ILoggerFactory loggers = new ILoggerFactory() {
        private final Map<String, Logger> byName = new ConcurrentHashMap<>();

        @Override
        public Logger getLogger(String name) {
            return byName.computeIfAbsent(name, Capturing::new);
        }
    };
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
    }

    private static final class Capturing extends LegacyAbstractLogger {
        Capturing(String name) {
            this.name = name;
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
                                                   Throwable throwable) {
            LINES.add(new Line(name, level, MessageFormatter.basicArrayFormat(pattern, arguments)));
        }

        @Override
        public boolean isTraceEnabled() {
            return false;
        }

        @Override
        public boolean isDebugEnabled() {
            return false;
        }

        @Override
        public boolean isInfoEnabled() {
            return true;
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }
    }
}
