package dev.parley.timeline.state;

import dev.parley.timeline.PartialDate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An agreement: its provisions with their ledgers and statuses, its own status, and its life since it was reached
 * (signatures, ratifications, extensions, suspensions and endings, non-compliance allegations).
 *
 * @param id                  the id of the development that recorded it
 * @param title               what it is
 * @param parties             who agreed
 * @param reached             when
 * @param provisions          the provisions with their ledgers
 * @param declaredFulfilledBy who declared the whole agreement fulfilled
 * @param status              where it stands (see {@link AgreementStatus})
 * @param expires             when its term ends, after the extensions so far; null when it has no known term
 * @param signatures          the signatures, in recorded order
 * @param ratifications       the ratifications, in recorded order
 * @param extensions          the extensions, in recorded order
 * @param events              suspensions, resumptions, terminations and withdrawals, in recorded order
 * @param allegations         allegations of non-compliance, in recorded order
 * @param fulfilledBy         developments whose {@code FULFILS} ref names the whole agreement
 * @param mediators           the mediators of the agreement, as its {@code agreement-reached} names them
 * @param unassigned          steps, or the shares of steps, counted under no provision (the source never said which)
 * @param delivered           per side and unit, what the undisputed steps delivered under the whole agreement, each
 *                            share counted once whatever provision it serves
 * @param disputed            per side and unit, what the disputed steps would add: never in {@code delivered}
 * @param pendingApproval     true when it was reached tentatively, waiting for approval in a ratification vote
 * @param inForce             when it enters into force, as its reaching or its latest approval states; null when
 *                            it was in force when reached
 * @param adopts              the demands, proposals or offers it made its own
 */
public record Agreement(String id, String title, List<String> parties, PartialDate reached,
                        List<ProvisionLedger> provisions, List<String> declaredFulfilledBy, AgreementStatus status,
                        PartialDate expires, List<Signature> signatures, List<Ratification> ratifications,
                        List<Extension> extensions, List<LifeEvent> events, List<Allegation> allegations,
                        List<String> fulfilledBy, List<String> mediators, List<Step> unassigned,
                        List<Delivery> delivered, List<Delivery> disputed, boolean pendingApproval,
                        PartialDate inForce, List<String> adopts) {
    /**
     * Copies the lists.
     *
     * @param id the id of the development that recorded it
     * @param title what it is
     * @param parties who agreed
     * @param reached when
     * @param provisions the provisions with their ledgers
     * @param declaredFulfilledBy who declared the whole agreement fulfilled
     * @param status where it stands (see {@link AgreementStatus})
     * @param expires when its term ends, after the extensions so far; null when it has no known term
     * @param signatures the signatures, in recorded order
     * @param ratifications the ratifications, in recorded order
     * @param extensions the extensions, in recorded order
     * @param events suspensions, resumptions, terminations and withdrawals, in recorded order
     * @param allegations allegations of non-compliance, in recorded order
     * @param fulfilledBy developments whose {@code FULFILS} ref names the whole agreement
     * @param mediators the mediators of the agreement, as its {@code agreement-reached} names them
     * @param unassigned steps, or the shares of steps, counted under no provision (the source never said which)
     * @param delivered per side and unit, what the undisputed steps delivered under the whole agreement, each
     *                  share counted once whatever provision it serves
     * @param disputed per side and unit, what the disputed steps would add: never in {@code delivered}
     * @param pendingApproval true when it was reached tentatively, waiting for approval in a ratification vote
     * @param inForce when it enters into force, if later than its reaching
     * @param adopts the demands, proposals or offers it made its own
     */
    public Agreement {
        parties = PersistentList.copyOf(parties);
        provisions = PersistentList.copyOf(provisions);
        declaredFulfilledBy = PersistentList.copyOf(declaredFulfilledBy);
        signatures = PersistentList.copyOf(signatures);
        ratifications = PersistentList.copyOf(ratifications);
        extensions = PersistentList.copyOf(extensions);
        events = PersistentList.copyOf(events);
        allegations = PersistentList.copyOf(allegations);
        fulfilledBy = PersistentList.copyOf(fulfilledBy);
        mediators = PersistentList.copyOf(mediators);
        unassigned = PersistentList.copyOf(unassigned);
        delivered = PersistentList.copyOf(delivered);
        disputed = PersistentList.copyOf(disputed);
        adopts = PersistentList.copyOf(adopts);
    }

    /**
     * @param provisionId the id of the provision within this agreement
     * @return the provision with the given id
     */
    public Optional<ProvisionLedger> provision(String provisionId) {
        return provisions.stream().filter(p -> p.id().equals(provisionId)).findFirst();
    }

    /** @return everyone who signed, or counter-signed, in order of signing */
    public List<String> signatories() {
        Set<String> all = new LinkedHashSet<>();
        signatures.forEach(s -> {
            all.add(s.by());
            all.addAll(s.with());
        });
        return List.copyOf(all);
    }

    /** @return the parties that withdrew, in order */
    public List<String> withdrawnBy() {
        return events.stream().filter(e -> e.kind() == LifeEvent.Kind.WITHDRAWN).map(LifeEvent::by).toList();
    }

    /** @return the suspension in effect (the last one not followed by a resumption), if any */
    public Optional<LifeEvent> suspension() {
        for (int i = events.size() - 1; i >= 0; i--) {
            LifeEvent event = events.get(i);
            if (event.kind() == LifeEvent.Kind.RESUMED) {
                return Optional.empty();
            }
            if (event.kind() == LifeEvent.Kind.SUSPENDED) {
                return Optional.of(event);
            }
        }
        return Optional.empty();
    }

    /** @return the termination or the withdrawal that ended it, if any */
    public Optional<LifeEvent> ending() {
        if (status != AgreementStatus.TERMINATED && status != AgreementStatus.WITHDRAWN) {
            return Optional.empty();
        }
        for (int i = events.size() - 1; i >= 0; i--) {
            LifeEvent event = events.get(i);
            if (event.kind() == LifeEvent.Kind.TERMINATED || event.kind() == LifeEvent.Kind.WITHDRAWN) {
                return Optional.of(event);
            }
        }
        return Optional.empty();
    }
}
