package dev.parley.engine;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

import java.util.List;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Axon's {@link Cache} over a size-bounded Caffeine cache. Axon's own {@code WeakReferenceCache} loses an
 * aggregate at every garbage collection, after which a long negotiation is replayed from the store for the next
 * record; Axon ships no bounded strong cache without Ehcache or JCache, hence this small adapter. On a database
 * other writers may append too: then every read of an entry goes through {@link SharedWrites}.
 */
final class BoundedAggregateCache implements Cache {
    private final ConcurrentMap<Object, Object> entries;
    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();
    private final SharedWrites sharedWrites;

    /**
     * @param maximumSize  how many negotiations to keep in memory
     * @param sharedWrites the check of entries against the store, when other writers may append to it; null when
     *                     this engine is its only writer (memory)
     */
    BoundedAggregateCache(long maximumSize, SharedWrites sharedWrites) {
        this.sharedWrites = sharedWrites;
        this.entries = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .executor(Runnable::run)
                .removalListener((Object key, Object value, RemovalCause cause) -> {
                    if (cause == RemovalCause.SIZE || cause == RemovalCause.COLLECTED
                            || cause == RemovalCause.EXPIRED) {
                        listeners.forEach(l -> l.onEntryExpired(key));
                    }
                })
                .build()
                .asMap();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object value = entries.get(key);
        if (sharedWrites != null) {
            Object checked = sharedWrites.onRead(key.toString(), value);
            if (value != null && checked == null) {
                remove(key);
            }
            value = checked;
        }
        if (value != null) {
            Object read = value;
            listeners.forEach(l -> l.onEntryRead(key, read));
        }
        return (V) value;
    }

    @Override
    public void put(Object key, Object value) {
        if (value == null) {
            remove(key);
            return;
        }
        Object previous = entries.put(key, value);
        listeners.forEach(l -> {
            if (previous == null) {
                l.onEntryCreated(key, value);
            } else {
                l.onEntryUpdated(key, value);
            }
        });
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        boolean added = entries.putIfAbsent(key, value) == null;
        if (added) {
            listeners.forEach(l -> l.onEntryCreated(key, value));
        }
        return added;
    }

    @Override
    public boolean remove(Object key) {
        boolean removed = entries.remove(key) != null;
        if (removed) {
            listeners.forEach(l -> l.onEntryRemoved(key));
        }
        return removed;
    }

    @Override
    public void removeAll() {
        entries.keySet().forEach(this::remove);
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
