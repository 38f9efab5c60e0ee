package dev.parley.timeline.state;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.PartialDate;
import dev.parley.timeline.PartyRole;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The state of one negotiation: everything its developments add up to. Immutable; produced only by folding
 * developments ({@code NegotiationProjection.evolve} in {@code parley-model}).
 *
 * <pre>{@code
 * NegotiationState state = log.state("ru-ua-2025").orElseThrow();
 * state.rounds().get(0).venue();                       // "Istanbul"
 * state.position("ru-offer-children").map(Position::status);  // OPEN
 * }</pre>
 *
 * @param negotiationId    the negotiation
 * @param title            its title; null before it is opened
 * @param opened           when it was opened; null before it is opened
 * @param participants     actors with their roles, in order of joining
 * @param rounds           rounds, in recorded order
 * @param documents        documents delivered
 * @param positions        demands, proposals and offers with status
 * @param agreements       agreements with per-provision ledgers
 * @param claims           claims with deniers and confirmers
 * @param statements       statements, in recorded order
 * @param figures          competing figures, per subject
 * @param corrections      corrections and retractions in effect
 * @param corroboration    per development with sources, a grade or note, a dispute, confirmation or competing
 *                         version: how it is sourced and received
 * @param delegations      delegations as appointed, in recorded order
 * @param meetings         meetings proposed, and whether they were held
 * @param publications     documents made public
 * @param actions          actions (strikes, blockades ...), ongoing or ended
 * @param developmentCount how many developments were folded
 * @param lastDevelopment  the id of the last development folded; null when none
 * @param asOf             the cut this state was replayed at; null for a plain fold
 * @param evaluatedOn      the day deadlines were judged against; null when not evaluated
 * @param uncertain        developments left out because their dates straddle the cut (see {@link AsOf})
 * @param transfers        the ledger of transfers outside any agreement
 */
// isOpened() is not a JSON property, and must not be hidden with @JsonIgnore: Jackson before 2.20 (Spring Boot
// 3.3-3.5 manage 2.17-2.19) reads the ignored isOpened() as the bean property "opened" and then drops the record
// component of that name too. Not detecting is-getters at all leaves the component alone on Jackson 2 and 3.
@JsonAutoDetect(isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public record NegotiationState(String negotiationId, String title, PartialDate opened,
                               List<Participant> participants, List<Round> rounds, List<Document> documents,
                               List<Position> positions, List<Agreement> agreements, List<Claim> claims,
                               List<Statement> statements, List<Figure> figures, List<Correction> corrections,
                               List<Corroboration> corroboration, List<Delegation> delegations,
                               List<Meeting> meetings, List<Publication> publications, List<Action> actions,
                               int developmentCount, String lastDevelopment, AsOf asOf, LocalDate evaluatedOn,
                               List<String> uncertain, Transfers transfers) {

    /**
     * Copies the lists.
     *
     * @param negotiationId the negotiation
     * @param title its title; null before it is opened
     * @param opened when it was opened; null before it is opened
     * @param participants actors with their roles, in order of joining
     * @param rounds rounds, in recorded order
     * @param documents documents delivered
     * @param positions demands, proposals and offers with status
     * @param agreements agreements with per-provision ledgers
     * @param claims claims with deniers and confirmers
     * @param statements statements, in recorded order
     * @param figures competing figures, per subject
     * @param corrections corrections and retractions in effect
     * @param corroboration per development with sources, a grade or note, a dispute, confirmation or competing
     *                      version: how it is sourced and received
     * @param delegations delegations as appointed, in recorded order
     * @param meetings meetings proposed, and whether they were held
     * @param publications documents made public
     * @param actions actions (strikes, blockades ...), ongoing or ended
     * @param developmentCount how many developments were folded
     * @param lastDevelopment the id of the last development folded; null when none
     * @param asOf the cut this state was replayed at; null for a plain fold
     * @param evaluatedOn the day deadlines were judged against; null when not evaluated
     * @param uncertain developments left out because their dates straddle the cut (see {@link AsOf})
     * @param transfers the ledger of transfers outside any agreement ({@link Transfers#NONE} when null)
     */
    public NegotiationState {
        participants = PersistentList.copyOf(participants);
        rounds = PersistentList.copyOf(rounds);
        documents = PersistentList.copyOf(documents);
        positions = PersistentList.copyOf(positions);
        agreements = PersistentList.copyOf(agreements);
        claims = PersistentList.copyOf(claims);
        statements = PersistentList.copyOf(statements);
        figures = PersistentList.copyOf(figures);
        corrections = PersistentList.copyOf(corrections);
        corroboration = PersistentList.copyOf(corroboration);
        delegations = PersistentList.copyOf(delegations);
        meetings = PersistentList.copyOf(meetings);
        publications = PersistentList.copyOf(publications);
        actions = PersistentList.copyOf(actions);
        uncertain = PersistentList.copyOf(uncertain);
        transfers = transfers == null ? Transfers.NONE : transfers;
    }

    /**
     * @param negotiationId the negotiation
     * @return the state before any development: not opened, everything empty
     */
    public static NegotiationState initial(String negotiationId) {
        return new NegotiationState(negotiationId, null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), 0, null, null, null, List.of(), Transfers.NONE);
    }

    /** @return true once a {@code negotiation-opened} development was folded */
    public boolean isOpened() {
        return opened != null;
    }

    /**
     * @param role the role whose actors are wanted
     * @return the names of the actors in the given role, in order of joining
     */
    public List<String> participantsIn(PartyRole role) {
        return participants.stream().filter(p -> p.role() == role).map(Participant::name).toList();
    }

    /**
     * @param id the id of the development that took the position
     * @return the position made by the given development
     */
    public Optional<Position> position(String id) {
        return find(positions, Position::id, id);
    }

    /**
     * @param id the id of the development that recorded the agreement
     * @return the agreement recorded by the given development
     */
    public Optional<Agreement> agreement(String id) {
        return find(agreements, Agreement::id, id);
    }

    /**
     * @param id the id of the claim-made development
     * @return the claim made by the given development
     */
    public Optional<Claim> claim(String id) {
        return find(claims, Claim::id, id);
    }

    /**
     * @param id the id of the delivering development
     * @return the document delivered by the given development
     */
    public Optional<Document> document(String id) {
        return find(documents, Document::id, id);
    }

    /**
     * @param number the round's number
     * @return the round with the given number
     */
    public Optional<Round> round(int number) {
        return rounds.stream().filter(r -> r.number() != null && r.number() == number).findFirst();
    }

    /**
     * @param subject what the figure counts, as reported
     * @return every figure reported for the subject
     */
    public Optional<Figure> figure(String subject) {
        return find(figures, Figure::subject, subject);
    }

    /**
     * @param asOf        the cut it was replayed at
     * @param evaluatedOn the day deadlines were judged against
     * @param positions   the positions with their evaluated status
     * @param uncertain   developments left out as uncertain
     * @return a copy of this state marked as replayed
     */
    public NegotiationState replayedAt(AsOf asOf, LocalDate evaluatedOn, List<Position> positions,
                                       List<String> uncertain) {
        return replayedAt(asOf, evaluatedOn, positions, agreements, uncertain);
    }

    /**
     * @param asOf        the cut it was replayed at
     * @param evaluatedOn the day deadlines and terms were judged against
     * @param positions   the positions with their evaluated status
     * @param agreements  the agreements with their evaluated status (expiry) and provisions (deadlines)
     * @param uncertain   developments left out as uncertain
     * @return a copy of this state marked as replayed
     */
    public NegotiationState replayedAt(AsOf asOf, LocalDate evaluatedOn, List<Position> positions,
                                       List<Agreement> agreements, List<String> uncertain) {
        return new NegotiationState(negotiationId, title, opened, participants, rounds, documents, positions,
                agreements, claims, statements, figures, corrections, corroboration, delegations, meetings,
                publications, actions, developmentCount, lastDevelopment, asOf, evaluatedOn, uncertain, transfers);
    }

    /**
     * @param id the id of the meeting-proposed development
     * @return the meeting proposed by the given development
     */
    public Optional<Meeting> meeting(String id) {
        return find(meetings, Meeting::id, id);
    }

    /**
     * @param id the id of the action-started development
     * @return the action started by the given development
     */
    public Optional<Action> action(String id) {
        return find(actions, Action::id, id);
    }

    /**
     * @param party the side whose delegation is wanted
     * @return the side's current delegation: the latest appointed
     */
    public Optional<Delegation> delegation(String party) {
        return find(delegations, Delegation::party, party);
    }

    /**
     * @param action the kind of action, a lower-case word such as "strike"
     * @return the actions of that kind ("strike") that are ongoing
     */
    public List<Action> ongoing(String action) {
        return actions.stream().filter(a -> a.status() == Action.Status.ONGOING && a.action().equals(action))
                .toList();
    }

    /**
     * @param developmentId the id of the sourced development
     * @return how the given development is sourced, if it has sources
     */
    public Optional<Corroboration> corroborationOf(String developmentId) {
        return find(corroboration, Corroboration::developmentId, developmentId);
    }

    private static <T> Optional<T> find(List<T> items, Function<T, String> id, String wanted) {
        for (int i = items.size() - 1; i >= 0; i--) {
            T item = items.get(i);
            if (id.apply(item).equals(wanted)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }
}
