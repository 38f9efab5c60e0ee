package dev.parley.timeline.state;

import dev.parley.timeline.PartialDate;

import java.util.List;
import java.util.Optional;

/**
 * An agreement and the ledger of each provision.
 *
 * @param id         the id of the development that recorded it
 * @param title      what it is
 * @param parties    who agreed
 * @param reached    when
 * @param provisions the provisions with their ledgers
 * @param declaredFulfilledBy who declared the whole agreement fulfilled
 */
public record Agreement(String id, String title, List<String> parties, PartialDate reached,
                        List<ProvisionLedger> provisions, List<String> declaredFulfilledBy) {
    /** Copies the lists. */
    public Agreement {
        parties = PersistentList.copyOf(parties);
        provisions = PersistentList.copyOf(provisions);
        declaredFulfilledBy = PersistentList.copyOf(declaredFulfilledBy);
    }

    /** @return the provision with the given id */
    public Optional<ProvisionLedger> provision(String provisionId) {
        return provisions.stream().filter(p -> p.id().equals(provisionId)).findFirst();
    }
}
