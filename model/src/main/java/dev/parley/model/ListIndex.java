package dev.parley.model;

import dev.parley.timeline.state.PersistentList;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Finds the last item of a state list with a given key without scanning the list. One fold (a {@link FoldIndexes}
 * session) keeps, for each list long enough to index, a persistent hash map from key to last index, and derives the
 * next version's map in O(log n) as it appends or replaces an item, so a long negotiation folds in O(n log n)
 * rather than O(n²); appended items are indexed at the next look-up, so a fold that looks nothing up pays nothing.
 * The answers are those of a scan from the end: the index of the last item whose key equals the
 * one asked for, or -1. Outside a session ({@link FoldIndexes#scanning()}) it scans, as a single step should.
 *
 * @param <T> the item type
 */
final class ListIndex<T> {
    /** Shorter lists are scanned: one array, and most lists of a state stay this short. */
    static final int SCANNED = 32;

    private final int slot;
    private final Function<T, Object> key;

    /**
     * @param slot this list's place in a {@link FoldIndexes}
     * @param key  the key an item is looked up by
     */
    ListIndex(int slot, Function<T, Object> key) {
        this.slot = slot;
        this.key = key;
    }

    /** @return the index of the last item of {@code items} whose key equals {@code wanted}, or -1 */
    int lastIndexOf(FoldIndexes indexes, List<T> items, Object wanted) {
        if (wanted == null || items.size() < SCANNED || !indexes.indexing()) {
            for (int i = items.size() - 1; i >= 0; i--) {
                if (wanted != null && wanted.equals(key.apply(items.get(i)))) {
                    return i;
                }
            }
            return -1;
        }
        return keysOf(indexes, items).get(wanted);
    }

    /** @return {@code items} with the last item of that key changed, or {@code items} when there is none */
    List<T> replace(FoldIndexes indexes, List<T> items, Object wanted, UnaryOperator<T> change) {
        int index = lastIndexOf(indexes, items, wanted);
        return index < 0 ? items : set(indexes, items, index, change.apply(items.get(index)));
    }

    /** @return {@code items} with {@code item} at {@code index} */
    List<T> set(FoldIndexes indexes, List<T> items, int index, T item) {
        PersistentList<T> changed = PersistentList.copyOf(items).with(index, item);
        Keys keys = indexes.keys(slot, items);
        if (keys != null) {
            int indexed = indexes.indexed(slot);
            if (index >= indexed || Objects.equals(key.apply(items.get(index)), key.apply(item))) {
                indexes.keep(slot, changed, keys, indexed);   // the same keys at the same places
            }
        }
        return changed;
    }

    /** @return {@code items} with {@code item} appended; its key is indexed at the next look-up */
    List<T> append(FoldIndexes indexes, List<T> items, T item) {
        PersistentList<T> longer = PersistentList.copyOf(items).plus(item);
        Keys keys = indexes.keys(slot, items);
        if (keys != null) {
            indexes.keep(slot, longer, keys, indexes.indexed(slot));
        }
        return longer;
    }

    /** Indexes {@code items} in the session now, if it is long enough. */
    void index(FoldIndexes indexes, List<T> items) {
        if (indexes.indexing() && items.size() >= SCANNED) {
            keysOf(indexes, items);
        }
    }

    /** The keys of {@code items}: those the session has, with the items appended since added, or all anew. */
    private Keys keysOf(FoldIndexes indexes, List<T> items) {
        Keys keys = indexes.keys(slot, items);
        int from = indexes.indexed(slot);
        if (keys == null) {
            keys = Keys.EMPTY;
            from = 0;
        } else if (from == items.size()) {
            return keys;
        }
        for (int i = from; i < items.size(); i++) {
            Object itemKey = key.apply(items.get(i));
            if (itemKey != null) {
                keys = keys.with(itemKey, i);
            }
        }
        indexes.keep(slot, items, keys, items.size());
        return keys;
    }

    /**
     * A persistent hash array mapped trie from key to index: 32-way nodes by five bits of the hash, so adding a key
     * copies one short path and shares the rest with the previous version.
     */
    static final class Keys {
        static final Keys EMPTY = new Keys(new Node(0, new Object[0]));
        private final Node root;

        private Keys(Node root) {
            this.root = root;
        }

        /** @return the index of {@code key}, or -1 */
        int get(Object key) {
            return root.get(0, spread(key.hashCode()), key);
        }

        /** @return these keys with {@code key} at {@code index} */
        Keys with(Object key, int index) {
            Node changed = root.with(0, spread(key.hashCode()), key, index);
            return changed == root ? this : new Keys(changed);
        }

        private static int spread(int hash) {
            return hash ^ (hash >>> 16) * 0x45d9f3b;
        }
    }

    /** Slots come in pairs: a key and its {@code Integer} index, or null and a child node. */
    private static final class Node {
        private final int bitmap;
        private final Object[] slots;

        Node(int bitmap, Object[] slots) {
            this.bitmap = bitmap;
            this.slots = slots;
        }

        int get(int shift, int hash, Object key) {
            if (shift >= 32) {
                return collisionGet(key);
            }
            int bit = 1 << ((hash >>> shift) & 31);
            if ((bitmap & bit) == 0) {
                return -1;
            }
            int at = 2 * Integer.bitCount(bitmap & (bit - 1));
            Object slotKey = slots[at];
            if (slotKey == null) {
                return ((Node) slots[at + 1]).get(shift + 5, hash, key);
            }
            return key.equals(slotKey) ? (Integer) slots[at + 1] : -1;
        }

        Node with(int shift, int hash, Object key, int index) {
            if (shift >= 32) {
                return collisionWith(key, index);
            }
            int bit = 1 << ((hash >>> shift) & 31);
            int at = 2 * Integer.bitCount(bitmap & (bit - 1));
            if ((bitmap & bit) == 0) {
                Object[] grown = new Object[slots.length + 2];
                System.arraycopy(slots, 0, grown, 0, at);
                grown[at] = key;
                grown[at + 1] = index;
                System.arraycopy(slots, at, grown, at + 2, slots.length - at);
                return new Node(bitmap | bit, grown);
            }
            Object slotKey = slots[at];
            Object[] copy = slots.clone();
            if (slotKey == null) {
                Node child = (Node) slots[at + 1];
                Node changed = child.with(shift + 5, hash, key, index);
                if (changed == child) {
                    return this;
                }
                copy[at + 1] = changed;
            } else if (key.equals(slotKey)) {
                if ((Integer) slots[at + 1] == index) {
                    return this;
                }
                copy[at + 1] = index;
            } else {
                // Two keys share these bits: push both one level down.
                Node pair = new Node(0, new Object[0])
                        .with(shift + 5, Keys.spread(slotKey.hashCode()), slotKey, (Integer) slots[at + 1])
                        .with(shift + 5, hash, key, index);
                copy[at] = null;
                copy[at + 1] = pair;
            }
            return new Node(bitmap, copy);
        }

        /** Below the last hash bits: a flat list of pairs. */
        private int collisionGet(Object key) {
            for (int i = 0; i < slots.length; i += 2) {
                if (key.equals(slots[i])) {
                    return (Integer) slots[i + 1];
                }
            }
            return -1;
        }

        private Node collisionWith(Object key, int index) {
            for (int i = 0; i < slots.length; i += 2) {
                if (key.equals(slots[i])) {
                    Object[] copy = slots.clone();
                    copy[i + 1] = index;
                    return new Node(0, copy);
                }
            }
            Object[] grown = Arrays.copyOf(slots, slots.length + 2);
            grown[slots.length] = key;
            grown[slots.length + 1] = index;
            return new Node(0, grown);
        }
    }
}
