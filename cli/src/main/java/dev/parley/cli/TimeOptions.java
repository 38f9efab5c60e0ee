package dev.parley.cli;

import dev.parley.timeline.AsOf;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** {@code --as-of}, {@code --known-at} and {@code --recorded-at}, shared by the commands that replay. */
final class TimeOptions {
    @Option(names = "--as-of", paramLabel = "DATE",
            description = "replay what had happened by DATE (yyyy-MM-dd, inclusive)")
    LocalDate asOf;

    @Option(names = "--known-at", paramLabel = "DATE",
            description = "replay only what had been reported by DATE (yyyy-MM-dd, inclusive)")
    LocalDate knownAt;

    @Option(names = "--recorded-at", paramLabel = "INSTANT", converter = RecordedAt.class,
            description = {"the audit axis: replay only what this store held at INSTANT, judged by the store's "
                    + "own write timestamps, not by the file's dates; combines with --as-of and --known-at.",
                    "INSTANT: e.g. 2025-07-01T12:00:00Z (inclusive), or a date yyyy-MM-dd meaning the whole of that "
                            + "day in UTC: everything stored before the next day began."})
    Instant recordedAt;

    AsOf cut() {
        return new AsOf(asOf, knownAt, recordedAt);
    }

    /**
     * An ISO-8601 instant, or a day meaning its last instant in UTC: {@code 2025-07-01} is
     * {@code 2025-07-01T23:59:59.999999999Z}, so the inclusive cut takes everything stored before the next day began.
     */
    static final class RecordedAt implements CommandLine.ITypeConverter<Instant> {
        @Override
        public Instant convert(String text) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException notAnInstant) {
                try {
                    return LocalDate.parse(text).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);
                } catch (DateTimeParseException notADate) {
                    throw new TypeConversionException("'" + text + "' is not an instant (2025-07-01T12:00:00Z) "
                            + "or a date (yyyy-MM-dd)");
                }
            }
        }
    }
}
