package dev.parley.timeline;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which developments a timeline shows. Empty parts match everything.
 *
 * <pre>{@code
 * TimelineQuery.all().withParty("Russia").withTypes(Set.of("offer-made", "demand-made"))
 *         .between(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30));
 * }</pre>
 *
 * @param party a party or person the development involves (by, to, from, parties, claimant, speaker, ...),
 *              compared ignoring case; null for any
 * @param types development type names; empty for any
 * @param from  the first day (inclusive) a development may have occurred on; null for no bound. A development
 *              matches when its date range overlaps [from, to].
 * @param to    the last day (inclusive); null for no bound
 */
public record TimelineQuery(String party, Set<String> types, LocalDate from, LocalDate to) {

    /**
     * Copies the set.
     *
     * @param party a party or person the development involves (by, to, from, parties, claimant, speaker, ...),
     *              compared ignoring case; null for any
     * @param types development type names; empty for any
     * @param from the first day (inclusive) a development may have occurred on; null for no bound. A development
     *             matches when its date range overlaps [from, to].
     * @param to the last day (inclusive); null for no bound
     */
    public TimelineQuery {
        types = types == null ? Set.of() : Set.copyOf(types);
        party = party == null || party.isBlank() ? null : party;
    }

    /** @return a query matching every development */
    public static TimelineQuery all() {
        return new TimelineQuery(null, Set.of(), null, null);
    }

    /**
     * @param party a party or person the development involves (by, to, from, parties, claimant, speaker, ...),
     *              compared ignoring case; null for any
     * @return this query limited to developments involving {@code party}
     */
    public TimelineQuery withParty(String party) {
        return new TimelineQuery(party, types, from, to);
    }

    /**
     * @param typeNames the JSON type names to keep, such as "offer-made"
     * @return this query limited to the given type names
     */
    public TimelineQuery withTypes(Set<String> typeNames) {
        return new TimelineQuery(party, typeNames, from, to);
    }

    /**
     * @param first the first day of the range
     * @param last the last day of the range
     * @return this query limited to developments whose dates overlap the days from {@code first} to {@code last}
     */
    public TimelineQuery between(LocalDate first, LocalDate last) {
        return new TimelineQuery(party, types, first, last);
    }
}
