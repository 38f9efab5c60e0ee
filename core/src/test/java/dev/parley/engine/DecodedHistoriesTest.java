package dev.parley.engine;

import dev.parley.model.NegotiationProjection;
import dev.parley.model.Sample;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.Development;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Decoded histories for cuts")
class DecodedHistoriesTest {

    /** Counts how often a negotiation's stream is read from the store. */
    static final class CountingStorage extends InMemoryEventStorageEngine {
        final List<Long> readsFrom = new ArrayList<>();

        @Override
        public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
            readsFrom.add(firstSequenceNumber);
            return super.readEvents(aggregateIdentifier, firstSequenceNumber);
        }
    }

    private final CountingStorage storage = new CountingStorage();
    /** The last stored sequence number of each negotiation, kept here: asking the storage would read its stream. */
    private final Map<String, Long> lastStored = new HashMap<>();

    private List<Development> store(String negotiationId, int rounds) {
        Sample talks = new Sample(negotiationId);
        List<Development> developments = new ArrayList<>(List.of(talks.opened()));
        for (int i = 1; i <= rounds; i++) {
            developments.add(talks.round("r" + i, i, "Geneva", String.format("2025-06-%02d", i)));
        }
        developments.forEach(this::append);
        return developments;
    }

    private void append(Development development) {
        long sequence = lastStored.merge(development.negotiationId(), 0L, (last, first) -> last + 1);
        storage.appendEvents(new GenericDomainEventMessage<>("negotiation", development.negotiationId(), sequence,
                development));
    }

    private DecodedHistories histories(long cachedDevelopments) {
        return new DecodedHistories(storage, id -> Optional.ofNullable(lastStored.get(id)), cachedDevelopments);
    }

    @Test
    @DisplayName("keep the history just read even when it alone outweighs the bound: the next cut reads nothing "
            + "again")
    void noCliff() {
        List<Development> large = store("large", 20);
        DecodedHistories histories = histories(5);
        AsOf early = AsOf.occurredBy(LocalDate.of(2025, 6, 7));
        AsOf late = AsOf.occurredBy(LocalDate.of(2025, 6, 15));

        assertThat(histories.stateAsOf("large", early)).contains(
                NegotiationProjection.foldAsOf("large", large, early));
        assertThat(histories.stateAsOf("large", late)).contains(
                NegotiationProjection.foldAsOf("large", large, late));

        assertThat(storage.readsFrom).as("the whole history was read once, then only asked from its end")
                .containsExactly(0L);
    }

    @Test
    @DisplayName("hold at most one history beyond the bound: asking another lets the large one go")
    void boundPlusOne() {
        store("large", 20);
        store("small", 2);
        DecodedHistories histories = histories(5);
        AsOf cut = AsOf.occurredBy(LocalDate.of(2025, 6, 10));

        histories.stateAsOf("large", cut);
        histories.stateAsOf("small", cut);
        histories.stateAsOf("small", cut);
        histories.stateAsOf("large", cut);

        assertThat(storage.readsFrom).as("large read whole twice, small once (cached, within the bound)")
                .containsExactly(0L, 0L, 0L);
        assertThat(histories.cache().asMap()).containsOnlyKeys("small");
    }

    @Test
    @DisplayName("read only what was stored since, when a negotiation grew")
    void extends_() {
        Sample talks = new Sample("talks");
        List<Development> developments = store("talks", 3);
        DecodedHistories histories = histories(1_000);
        histories.stateAsOf("talks", AsOf.now());
        Development next = talks.round("r4", 4, "Geneva", "2025-06-04");
        append(next);
        List<Development> all = new ArrayList<>(developments);
        all.add(next);

        assertThat(histories.stateAsOf("talks", AsOf.now())).contains(
                NegotiationProjection.foldAsOf("talks", all, AsOf.now()));
        assertThat(storage.readsFrom).containsExactly(0L, 4L);
        assertThat(histories.stateAsOf("none", AsOf.now())).isEmpty();
    }
}
