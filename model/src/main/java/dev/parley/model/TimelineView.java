package dev.parley.model;

import dev.parley.timeline.AgreementReached;
import dev.parley.timeline.ClaimMade;
import dev.parley.timeline.ClaimResponse;
import dev.parley.timeline.Development;
import dev.parley.timeline.DocumentDelivered;
import dev.parley.timeline.FigureReported;
import dev.parley.timeline.FulfilmentDeclared;
import dev.parley.timeline.FulfilmentReported;
import dev.parley.timeline.ImplementationStepCompleted;
import dev.parley.timeline.PartyJoined;
import dev.parley.timeline.PositionResponse;
import dev.parley.timeline.PositionTaken;
import dev.parley.timeline.ReportCorrected;
import dev.parley.timeline.RoundHeld;
import dev.parley.timeline.Share;
import dev.parley.timeline.StatementMade;
import dev.parley.timeline.TimelineQuery;
import dev.parley.timeline.Agent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Orders and filters developments for a timeline: by when they occurred, precision-aware and stable.
 *
 * <pre>{@code
 * List<Development> russia = TimelineView.of(history, TimelineQuery.all().withParty("Russia"));
 * }</pre>
 */
public final class TimelineView {

    private TimelineView() {
    }

    /**
     * @param history developments in recorded order
     * @param query   which to keep
     * @return the matching developments ordered by occurrence (earliest possible day, then latest, then time of
     *         day); developments that tie keep their recorded order
     */
    public static List<Development> of(List<? extends Development> history, TimelineQuery query) {
        List<Development> matching = new ArrayList<>();
        for (Development d : history) {
            if (matches(d, query)) {
                matching.add(d);
            }
        }
        matching.sort(Comparator.comparing(Development::occurred));
        return List.copyOf(matching);
    }

    /**
     * @param development a development
     * @return the parties and people it names: by, to, from, parties, claimant, speaker and their affiliations
     */
    public static List<String> involved(Development development) {
        Stream<String> names;
        if (development instanceof PartyJoined e) {
            names = Stream.of(e.party());
        } else if (development instanceof RoundHeld e) {
            names = e.delegations().stream();
        } else if (development instanceof DocumentDelivered e) {
            names = Stream.of(e.from(), e.to());
        } else if (development instanceof PositionTaken e) {
            names = Stream.concat(Stream.of(e.by()), e.to().stream());
        } else if (development instanceof PositionResponse e) {
            names = Stream.of(e.by());
        } else if (development instanceof AgreementReached e) {
            names = e.parties().stream();
        } else if (development instanceof ImplementationStepCompleted e) {
            names = e.delivered().stream().map(Share::party);
        } else if (development instanceof ClaimMade e) {
            names = Stream.of(e.claimant());
        } else if (development instanceof ClaimResponse e) {
            names = agent(e.by());
        } else if (development instanceof StatementMade e) {
            names = agent(e.speaker());
        } else if (development instanceof FulfilmentReported e) {
            names = Stream.of(e.by());
        } else if (development instanceof FulfilmentDeclared e) {
            names = Stream.of(e.by());
        } else if (development instanceof FigureReported e) {
            names = Stream.of(e.by());
        } else if (development instanceof ReportCorrected e) {
            names = involved(e.replacement()).stream();
        } else {
            names = Stream.empty();
        }
        return names.filter(Objects::nonNull).distinct().toList();
    }

    private static Stream<String> agent(Agent agent) {
        return Stream.of(agent.name(), agent.affiliation());
    }

    private static boolean matches(Development d, TimelineQuery query) {
        if (!query.types().isEmpty() && !query.types().contains(d.typeName())) {
            return false;
        }
        if (query.from() != null && d.occurred().latest().isBefore(query.from())) {
            return false;
        }
        if (query.to() != null && d.occurred().earliest().isAfter(query.to())) {
            return false;
        }
        if (query.party() == null) {
            return true;
        }
        String party = query.party().toLowerCase(java.util.Locale.ROOT);
        // Delegation lists are free text ("Russia (head: Vladimir Medinsky)"): a name inside them counts.
        return involved(d).stream().map(n -> n.toLowerCase(java.util.Locale.ROOT))
                .anyMatch(n -> n.equals(party) || n.startsWith(party + " ") || n.contains(" " + party));
    }
}
