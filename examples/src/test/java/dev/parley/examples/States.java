package dev.parley.examples;

import dev.parley.timeline.AsOf;
import dev.parley.timeline.Quantity;
import dev.parley.timeline.state.Agreement;
import dev.parley.timeline.state.Corroboration;
import dev.parley.timeline.state.Figure;
import dev.parley.timeline.state.FigureVersion;
import dev.parley.timeline.state.Meeting;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.ProvisionLedger;

import java.time.LocalDate;
import java.util.List;

/** Cuts and look-ups the specifications of real negotiations share; a missing item fails naming the cut. */
final class States {

    private States() {
    }

    static AsOf occurredBy(String day) {
        return AsOf.occurredBy(LocalDate.parse(day));
    }

    static AsOf knownAt(String day) {
        return AsOf.knownAt(LocalDate.parse(day));
    }

    static Agreement agreement(NegotiationState state, String id) {
        return state.agreement(id).orElseThrow(() -> new AssertionError("no agreement " + id + " in " + state.asOf()));
    }

    static ProvisionLedger provision(NegotiationState state, String agreement, String provision) {
        return agreement(state, agreement).provision(provision).orElseThrow();
    }

    static Meeting meeting(NegotiationState state, String id) {
        return state.meeting(id).orElseThrow(() -> new AssertionError("no meeting " + id + " in " + state.asOf()));
    }

    static Corroboration corroboration(NegotiationState state, String development) {
        return state.corroborationOf(development)
                .orElseThrow(() -> new AssertionError("no development " + development + " in " + state.asOf()));
    }

    static Figure figure(NegotiationState state, String subject) {
        return state.figure(subject).orElseThrow(() -> new AssertionError("no figure on " + subject));
    }

    static List<Quantity> values(Figure figure) {
        return figure.versions().stream().map(FigureVersion::figure).toList();
    }
}
