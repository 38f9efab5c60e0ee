package dev.parley.cli;

import dev.parley.timeline.Agent;
import dev.parley.timeline.Attribution;
import dev.parley.timeline.Deadline;
import dev.parley.timeline.Development;
import dev.parley.timeline.PartialDate;
import dev.parley.timeline.Precision;
import dev.parley.timeline.Share;
import dev.parley.timeline.state.Delivery;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The values of a timeline as people read them, for the text printers. */
final class Words {
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private Words() {
    }

    /**
     * @param day a day
     * @return it in words: {@code 1 June 2025}
     */
    static String day(LocalDate day) {
        return DAY_MONTH_YEAR.format(day);
    }

    /**
     * @param date a partial date, or null
     * @return it as precise as it is: {@code 2025-06-02}, {@code 2025-06}, {@code 2025}, {@code about 2025-06},
     *         {@code 2025 (by 1 June)}, {@code 2025-06-02 14:30+03:00}; "date unknown" for null
     */
    static String date(PartialDate date) {
        if (date == null) {
            return "date unknown";
        }
        String value = date.isTimed() ? date.value().replace('T', ' ') : date.value();
        return (date.approximate() ? "about " : "") + value + window(date);
    }

    /**
     * @param development a development
     * @return when it occurred ({@link #date}), or for a report with no date of its own "reported" and its report
     *         date: {@code reported 2025-11-05}
     */
    static String when(Development development) {
        return development.envelope().isUndated() ? "reported " + date(development.reported())
                : date(development.occurred());
    }

    /**
     * @param date a partial date, or null
     * @return it with a preposition that fits its precision: {@code on 2025-06-02}, {@code in 2025 (by 1 June)},
     *         {@code around 2025-06}
     */
    static String on(PartialDate date) {
        if (date == null) {
            return "on a date unknown";
        }
        String value = date.isTimed() ? date.value().replace('T', ' ') : date.value();
        String preposition = date.approximate() ? "around "
                : date.precision() == Precision.DAY || date.isTimed() ? "on " : "in ";
        return preposition + value + window(date);
    }

    private static String window(PartialDate date) {
        LocalDate from = date.notBefore();
        LocalDate to = date.notAfter();
        if (from == null && to == null) {
            return "";
        }
        if (from == null) {
            return " (by " + DAY_MONTH.format(to) + ")";
        }
        if (to == null) {
            return " (not before " + DAY_MONTH.format(from) + ")";
        }
        if (from.equals(to)) {
            return " (on " + DAY_MONTH.format(from) + ")";
        }
        return " (between " + (from.getMonth() == to.getMonth() ? DAY.format(from) : DAY_MONTH.format(from))
                + " and " + DAY_MONTH.format(to) + ")";
    }

    /**
     * @param agent someone cited
     * @return the name and role, or an anonymous group as {@code 2 unnamed Ukrainian officials}
     */
    static String agent(Agent agent) {
        if (!agent.anonymous()) {
            return agent.role() == null ? agent.name() : agent.name() + " (" + agent.role() + ")";
        }
        String role = agent.role();
        String lower = role.toLowerCase(Locale.ROOT);
        boolean saysSo = lower.startsWith("unnamed ") || lower.startsWith("anonymous ") || lower.equals("unnamed")
                || lower.equals("anonymous");
        return (agent.count() == null ? "" : agent.count() + " ") + (saysSo ? role : "unnamed " + role);
    }

    /** @return {@code UNN <- Axios <- 2 unnamed Ukrainian officials} */
    static String source(Attribution source) {
        return Stream.concat(Stream.of(source.outlet()), source.via().stream().map(Words::agent))
                .collect(Collectors.joining(" <- "));
    }

    /** @return {@code Arland 500, Borovia all} */
    static String shares(List<Share> shares) {
        return shares.stream().map(s -> s.party() + " " + s.quantity()).collect(Collectors.joining(", "));
    }

    /** @return {@code Arland 360, Borovia about 150 + 1 undisclosed}, or {@code nothing} */
    static String deliveries(List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return "nothing";
        }
        return deliveries.stream().map(d -> d.party() + " " + (d.approximate() ? "about " : "")
                        + d.known().toPlainString() + (d.unit() == null ? "" : " " + d.unit())
                        + (d.undisclosedSteps() == 0 ? ""
                        : " + " + d.undisclosedSteps() + " undisclosed step" + (d.undisclosedSteps() == 1 ? "" : "s"))
                        + (d.notStatedSteps() == 0 ? ""
                        : " + " + d.notStatedSteps() + " step" + (d.notStatedSteps() == 1 ? "" : "s")
                        + " with no count stated"))
                .collect(Collectors.joining(", "));
    }

    /** @return {@code by 2025-07-10 ("by July 10")}, {@code soft, by 2025-03} */
    static String deadline(Deadline deadline) {
        return (deadline.soft() ? "soft, by " : "by ") + date(deadline.by())
                + (deadline.text() == null ? "" : " (\"" + deadline.text() + "\")");
    }

    /** @return the items joined with commas and a final "and": {@code Russia, Ukraine and Turkey} */
    static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** @return {@code 1 development}, {@code 2 developments} */
    static String count(long n, String singular) {
        return n + " " + singular + (n == 1 ? "" : "s");
    }

    /** @return an enum constant in lower case words: {@code PARTLY_FULFILLED} → {@code partly fulfilled} */
    static String lower(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
