package dev.parley.timeline.state;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The immutable list behind every list in a {@link NegotiationState}. Appending is amortised O(1): a new list
 * shares the backing array of the old one and claims the next free slot; only when that slot was already taken
 * by another version (or the array is full) is the array copied. This keeps folding a negotiation of 10,000
 * developments linear rather than quadratic. It is an ordinary read-only {@link List} otherwise: equal to any
 * list with the same elements, serialised by Jackson as an array, and every mutator throws.
 *
 * <pre>{@code
 * PersistentList<String> a = PersistentList.<String>empty().plus("x");
 * PersistentList<String> b = a.plus("y");   // a is still ["x"]
 * }</pre>
 *
 * @param <T> the element type
 */
public final class PersistentList<T> extends AbstractList<T> implements RandomAccess {
    private static final PersistentList<Object> EMPTY = new PersistentList<>(new Backing(new Object[0], 0), 0);

    private final Backing backing;
    private final int size;

    private PersistentList(Backing backing, int size) {
        this.backing = backing;
        this.size = size;
    }

    /** @return the empty list */
    @SuppressWarnings("unchecked")
    public static <T> PersistentList<T> empty() {
        return (PersistentList<T>) EMPTY;
    }

    /**
     * @param items any collection without nulls
     * @return the same list if it already is a {@code PersistentList}, otherwise an immutable copy
     */
    @SuppressWarnings("unchecked")
    public static <T> PersistentList<T> copyOf(Collection<? extends T> items) {
        if (items instanceof PersistentList<?> persistent) {
            return (PersistentList<T>) persistent;
        }
        if (items.isEmpty()) {
            return empty();   // most lists in a state are empty; share one
        }
        Object[] array = items.toArray();
        for (Object item : array) {
            Objects.requireNonNull(item, "lists in a negotiation state hold no nulls");
        }
        return new PersistentList<>(new Backing(array, array.length), array.length);
    }

    /**
     * @param item the element to append, not null
     * @return a list with {@code item} at the end; this list is unchanged
     */
    public PersistentList<T> plus(T item) {
        Objects.requireNonNull(item, "lists in a negotiation state hold no nulls");
        Object[] array = backing.array;
        if (size < array.length && backing.claim(size)) {
            array[size] = item;
            return new PersistentList<>(backing, size + 1);
        }
        Object[] grown = Arrays.copyOf(array, Math.max(8, size * 2));
        grown[size] = item;
        return new PersistentList<>(new Backing(grown, size + 1), size + 1);
    }

    /**
     * @param index the position to replace
     * @param item  the new element
     * @return a copy with {@code item} at {@code index}; this list is unchanged
     */
    public PersistentList<T> with(int index, T item) {
        Objects.checkIndex(index, size);
        Objects.requireNonNull(item, "lists in a negotiation state hold no nulls");
        Object[] copy = Arrays.copyOf(backing.array, size);
        copy[index] = item;
        return new PersistentList<>(new Backing(copy, size), size);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        Objects.checkIndex(index, size);
        return (T) backing.array[index];
    }

    @Override
    public int size() {
        return size;
    }

    /**
     * A backing array and how many of its slots some version has claimed. A plain field with a VarHandle rather
     * than an AtomicInteger: a long negotiation's state holds hundreds of thousands of small lists.
     */
    private static final class Backing {
        private static final VarHandle USED;

        static {
            try {
                USED = MethodHandles.lookup().findVarHandle(Backing.class, "used", int.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        final Object[] array;
        @SuppressWarnings("unused") // accessed through USED
        private volatile int used;

        Backing(Object[] array, int used) {
            this.array = array;
            this.used = used;
        }

        /** @return true when slot {@code size} was free and is now claimed by the caller */
        boolean claim(int size) {
            return USED.compareAndSet(this, size, size + 1);
        }
    }
}
