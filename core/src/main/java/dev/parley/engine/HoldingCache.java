package dev.parley.engine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A cache bounded by the developments its values hold, that also holds the value written last whatever its weight.
 *
 * <p>Caffeine evicts an entry heavier than the whole bound the moment it is written. For Parley that entry is one
 * large negotiation (its state, or its decoded history), and evicting it in favour of nothing made every query of
 * it rebuild it from the store: a cut on 200,000 developments took 6-10 s against a bound of 200,000, and every write
 * to such a negotiation re-read its checkpoint. So the value written last is held beside the cache until another
 * key is written or it is invalidated: the memory held is the bound plus at most that one value.
 *
 * @param <V> what is cached per negotiation
 */
final class HoldingCache<V> {
    private final Cache<String, V> cache;
    /** The entry written last, held beside the cache whatever its weight; null when invalidated. */
    private final AtomicReference<Map.Entry<String, V>> latest = new AtomicReference<>();

    /**
     * @param developments how many developments the cached values may hold together
     * @param weight       how many developments one value holds
     */
    HoldingCache(long developments, ToLongFunction<V> weight) {
        this.cache = Caffeine.newBuilder()
                .maximumWeight(developments)
                .weigher((String id, V value) -> (int) Math.min(Integer.MAX_VALUE, Math.max(1,
                        weight.applyAsLong(value))))
                .executor(Runnable::run)   // evict at once, on the writing thread: the bound is a memory promise
                .recordStats()             // hits and misses, for metrics
                .build();
    }

    /** @return the bounded cache, for metrics (hits and misses count the held value as a miss) */
    Cache<String, ?> cache() {
        return cache;
    }

    /**
     * @param key the negotiation
     * @return its cached or held value, or null
     */
    V getIfPresent(String key) {
        V cached = cache.getIfPresent(key);
        return cached != null ? cached : held(key);
    }

    /**
     * @param key     the negotiation
     * @param compute makes its value when neither cached nor held
     * @return its value, now cached (when it fits) and held
     */
    V get(String key, Function<String, V> compute) {
        V value = cache.get(key, k -> {
            V held = held(k);
            return held != null ? held : compute.apply(k);
        });
        hold(key, value);
        return value;
    }

    /**
     * Writes a value again, so that it is weighed again after it grew, and holds it.
     *
     * @param key   the negotiation
     * @param value its value
     */
    void put(String key, V value) {
        cache.put(key, value);
        hold(key, value);
    }

    /**
     * @param key    the negotiation
     * @param value  a value computed for it
     * @param choose which of the kept (cached or held) and the computed value stays
     * @return the value that stayed, now cached and held
     */
    V merge(String key, V value, BiFunction<V, V, V> choose) {
        V held = held(key);
        V merged = cache.asMap().merge(key, held != null ? choose.apply(held, value) : value, choose);
        hold(key, merged);
        return merged;
    }

    /** @param key the negotiation whose value is forgotten, cached or held */
    void invalidate(String key) {
        cache.invalidate(key);
        latest.updateAndGet(entry -> entry != null && entry.getKey().equals(key) ? null : entry);
    }

    /** Forgets every value. */
    void invalidateAll() {
        latest.set(null);
        cache.invalidateAll();
    }

    private V held(String key) {
        Map.Entry<String, V> entry = latest.get();
        return entry != null && entry.getKey().equals(key) ? entry.getValue() : null;
    }

    private void hold(String key, V value) {
        latest.set(Map.entry(key, value));
    }
}
