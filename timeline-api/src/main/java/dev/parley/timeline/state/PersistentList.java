package dev.parley.timeline.state;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The immutable list behind every list in a {@link NegotiationState}: a persistent vector (a 32-way trie plus a
 * tail, as in Clojure and Scala), so that appending and replacing an element each copy at most a few 32-slot
 * arrays, never the whole list, and versions share structure. This keeps folding a negotiation of a million
 * developments, where each response replaces one position among a hundred thousand, linear in practice rather
 * than quadratic. It is an ordinary read-only {@link List} otherwise: equal to any list with the same elements,
 * serialised by Jackson as an array, and every mutator throws. A list of up to 32 elements is one exact-size array.
 *
 * <pre>{@code
 * PersistentList<String> a = PersistentList.<String>empty().plus("x");
 * PersistentList<String> b = a.plus("y");   // a is still ["x"]
 * PersistentList<String> c = b.with(0, "z"); // b is still ["x", "y"]
 * }</pre>
 *
 * @param <T> the element type
 */
public final class PersistentList<T> extends AbstractList<T> implements RandomAccess {
    private static final int BITS = 5;
    private static final int WIDTH = 1 << BITS;
    private static final int MASK = WIDTH - 1;
    private static final Object[] EMPTY_NODE = new Object[WIDTH];
    private static final PersistentList<Object> EMPTY = new PersistentList<>(0, BITS, EMPTY_NODE, new Object[0]);

    private final int size;
    /** Bits to shift an index by at the root: 5 for a one-level trie. */
    private final int shift;
    /** Interior nodes hold child nodes, leaves hold elements; both are 32-slot arrays, shared between versions. */
    private final Object[] root;
    /** The last {@code size - tailOffset()} elements, exactly: appends copy only this. */
    private final Object[] tail;

    private PersistentList(int size, int shift, Object[] root, Object[] tail) {
        this.size = size;
        this.shift = shift;
        this.root = root;
        this.tail = tail;
    }

    /**
     * @param <T> the element type
     * @return the empty list
     */
    @SuppressWarnings("unchecked")
    public static <T> PersistentList<T> empty() {
        return (PersistentList<T>) EMPTY;
    }

    /**
     * @param items any collection without nulls
     * @param <T> the element type
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
        if (array.length <= WIDTH) {
            // toArray gave a fresh array of exactly the right length: it can be the tail as it is.
            return new PersistentList<>(array.length, BITS, EMPTY_NODE, array.getClass() == Object[].class
                    ? array : Arrays.copyOf(array, array.length, Object[].class));
        }
        PersistentList<T> list = empty();
        for (Object item : array) {
            list = list.plus((T) item);
        }
        return list;
    }

    /**
     * @param item the element to append, not null
     * @return a list with {@code item} at the end; this list is unchanged
     */
    public PersistentList<T> plus(T item) {
        Objects.requireNonNull(item, "lists in a negotiation state hold no nulls");
        if (size - tailOffset() < WIDTH) {
            Object[] newTail = Arrays.copyOf(tail, tail.length + 1);
            newTail[tail.length] = item;
            return new PersistentList<>(size + 1, shift, root, newTail);
        }
        // The tail is full: it becomes a leaf of the trie, and a new tail starts.
        Object[] newRoot;
        int newShift = shift;
        if ((size >>> BITS) > (1 << shift)) {
            newRoot = new Object[WIDTH];
            newRoot[0] = root;
            newRoot[1] = newPath(shift, tail);
            newShift += BITS;
        } else {
            newRoot = pushTail(shift, root, tail);
        }
        return new PersistentList<>(size + 1, newShift, newRoot, new Object[]{item});
    }

    /**
     * @param index the position to replace
     * @param item  the new element
     * @return a copy with {@code item} at {@code index}; this list is unchanged
     */
    public PersistentList<T> with(int index, T item) {
        Objects.checkIndex(index, size);
        Objects.requireNonNull(item, "lists in a negotiation state hold no nulls");
        if (index >= tailOffset()) {
            Object[] newTail = tail.clone();
            newTail[index & MASK] = item;
            return new PersistentList<>(size, shift, root, newTail);
        }
        return new PersistentList<>(size, shift, replace(shift, root, index, item), tail);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        Objects.checkIndex(index, size);
        if (index >= tailOffset()) {
            return (T) tail[index - tailOffset()];
        }
        Object[] node = root;
        for (int level = shift; level > 0; level -= BITS) {
            node = (Object[]) node[(index >>> level) & MASK];
        }
        return (T) node[index & MASK];
    }

    @Override
    public int size() {
        return size;
    }

    private int tailOffset() {
        return size < WIDTH ? 0 : ((size - 1) >>> BITS) << BITS;
    }

    private Object[] pushTail(int level, Object[] parent, Object[] leaf) {
        int slot = ((size - 1) >>> level) & MASK;
        Object[] copy = parent.clone();
        if (level == BITS) {
            copy[slot] = leaf;
        } else {
            Object[] child = (Object[]) parent[slot];
            copy[slot] = child != null ? pushTail(level - BITS, child, leaf) : newPath(level - BITS, leaf);
        }
        return copy;
    }

    private static Object[] newPath(int level, Object[] leaf) {
        if (level == 0) {
            return leaf;
        }
        Object[] node = new Object[WIDTH];
        node[0] = newPath(level - BITS, leaf);
        return node;
    }

    private static Object[] replace(int level, Object[] node, int index, Object item) {
        Object[] copy = node.clone();
        if (level == 0) {
            copy[index & MASK] = item;
        } else {
            int slot = (index >>> level) & MASK;
            copy[slot] = replace(level - BITS, (Object[]) node[slot], index, item);
        }
        return copy;
    }
}
