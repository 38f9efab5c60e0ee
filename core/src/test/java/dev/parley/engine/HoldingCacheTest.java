package dev.parley.engine;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A holding cache: bounded by weight, and holding the value written last whatever its weight")
class HoldingCacheTest {
    /** Values are their own weight in developments. */
    private final HoldingCache<Integer> cache = new HoldingCache<>(10, Integer::longValue);

    @Test
    @DisplayName("keeps a value heavier than the whole bound until another key is written")
    void holdsTheHeavyOne() {
        cache.put("large", 50);
        assertThat(cache.getIfPresent("large")).isEqualTo(50);
        assertThat(cache.cache().asMap()).as("the bounded part evicted it").isEmpty();

        cache.put("small", 3);
        assertThat(cache.getIfPresent("large")).as("only the last one is held beyond the bound").isNull();
        assertThat(cache.getIfPresent("small")).isEqualTo(3);
    }

    @Test
    @DisplayName("computes a value once while it is held, and again once another key was asked")
    void computesOnce() {
        AtomicInteger computed = new AtomicInteger();
        assertThat(cache.get("large", key -> 40 + computed.incrementAndGet())).isEqualTo(41);
        assertThat(cache.get("large", key -> 40 + computed.incrementAndGet())).isEqualTo(41);
        cache.get("small", key -> 2);
        assertThat(cache.get("large", key -> 40 + computed.incrementAndGet())).isEqualTo(42);
    }

    @Test
    @DisplayName("merges a computed value with the held one, and forgets what is invalidated")
    void mergeAndInvalidate() {
        cache.put("large", 50);
        assertThat(cache.merge("large", 30, Math::max)).isEqualTo(50);
        assertThat(cache.merge("large", 70, Math::max)).isEqualTo(70);
        cache.invalidate("other");
        assertThat(cache.getIfPresent("large")).isEqualTo(70);
        cache.invalidate("large");
        assertThat(cache.getIfPresent("large")).isNull();
        cache.put("small", 3);
        cache.invalidateAll();
        assertThat(cache.getIfPresent("small")).isNull();
    }
}
