package dev.parley.model;

import dev.parley.timeline.PartyRole;
import dev.parley.timeline.state.Action;
import dev.parley.timeline.state.Agreement;
import dev.parley.timeline.state.Claim;
import dev.parley.timeline.state.Correction;
import dev.parley.timeline.state.Corroboration;
import dev.parley.timeline.state.Document;
import dev.parley.timeline.state.Figure;
import dev.parley.timeline.state.Meeting;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.Participant;
import dev.parley.timeline.state.Position;
import dev.parley.timeline.state.Round;

import java.util.List;
import java.util.Optional;

/**
 * Finds items of a state by key through the indexes of a fold session: the one way both the fold
 * ({@link NegotiationProjection}) and the rules ({@link NegotiationRules}) look items up, so that deciding and
 * folding a long negotiation costs O(log n) per development, never a scan of every party, position or correction
 * recorded so far. The answers are those of {@code NegotiationState}'s own scans: the last item with the key.
 *
 * @param state   the state looked in
 * @param indexes the session whose indexes are used (and extended), or {@link FoldIndexes#scanning()}
 */
record StateLookup(NegotiationState state, FoldIndexes indexes) {

    // The lists looked up by key, each with its slot in a FoldIndexes session.
    static final ListIndex<Position> POSITIONS = new ListIndex<>(0, Position::id);
    static final ListIndex<Meeting> MEETINGS = new ListIndex<>(1, Meeting::id);
    static final ListIndex<Agreement> AGREEMENTS = new ListIndex<>(2, Agreement::id);
    static final ListIndex<Claim> CLAIMS = new ListIndex<>(3, Claim::id);
    static final ListIndex<Round> ROUNDS = new ListIndex<>(4, Round::number);
    static final ListIndex<Figure> FIGURES = new ListIndex<>(5, Figure::subject);
    static final ListIndex<Corroboration> CORROBORATION = new ListIndex<>(6, Corroboration::developmentId);
    static final ListIndex<Participant> PARTICIPANTS = new ListIndex<>(7, p -> new Joined(p.name(), p.role()));
    static final ListIndex<Document> DOCUMENTS = new ListIndex<>(8, Document::id);
    static final ListIndex<Action> ACTIONS = new ListIndex<>(9, Action::id);
    /** Corrections keyed by target, retractions only: corrections of a target are no key here. */
    static final ListIndex<Correction> RETRACTIONS = new ListIndex<>(10,
            c -> c.kind() == Correction.Kind.RETRACTED ? c.target() : null);
    /** How many slots the lists above take. */
    static final int KINDS = 11;

    /** The key of a participant: a side joins once per role. */
    record Joined(String name, PartyRole role) {
    }

    Optional<Position> position(String id) {
        return find(POSITIONS, state.positions(), id);
    }

    Optional<Agreement> agreement(String id) {
        return find(AGREEMENTS, state.agreements(), id);
    }

    Optional<Meeting> meeting(String id) {
        return find(MEETINGS, state.meetings(), id);
    }

    Optional<Claim> claim(String id) {
        return find(CLAIMS, state.claims(), id);
    }

    Optional<Document> document(String id) {
        return find(DOCUMENTS, state.documents(), id);
    }

    Optional<Round> round(int number) {
        return find(ROUNDS, state.rounds(), number);
    }

    Optional<Action> action(String id) {
        return find(ACTIONS, state.actions(), id);
    }

    /** @return the participant that joined under this name in this role, if one did */
    Optional<Participant> participant(String name, PartyRole role) {
        return find(PARTICIPANTS, state.participants(), new Joined(name, role));
    }

    /** @return whether a {@code report-retracted} of this development was folded */
    boolean retracted(String target) {
        return find(RETRACTIONS, state.corrections(), target).isPresent();
    }

    private <T> Optional<T> find(ListIndex<T> index, List<T> items, Object key) {
        int at = index.lastIndexOf(indexes, items, key);
        return at < 0 ? Optional.empty() : Optional.of(items.get(at));
    }
}
