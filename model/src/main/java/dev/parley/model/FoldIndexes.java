package dev.parley.model;

import java.util.List;

/**
 * The key indexes of one fold session ({@link ListIndex}): for each indexed kind of list, the list version it
 * indexes and its keys. A fold, a {@link NegotiationDecider} and each cut of a {@link History} hold one, carried from
 * one development to the next; an index is only used for the very list version it was made for, so a session that
 * meets a state it did not fold itself rebuilds that index once. Keys are persistent, so {@link #copy()} is cheap.
 * Not thread-safe: one session, one thread.
 */
final class FoldIndexes {
    /** How many kinds of list {@link StateLookup} finds items in by key. */
    static final int KINDS = StateLookup.KINDS;
    private static final FoldIndexes SCANNING = new FoldIndexes(false);

    private final boolean indexing;
    private final Object[] lists = new Object[KINDS];
    private final ListIndex.Keys[] keys = new ListIndex.Keys[KINDS];
    /** How many items, from the first, of each list version its keys cover. */
    private final int[] indexed = new int[KINDS];

    private FoldIndexes(boolean indexing) {
        this.indexing = indexing;
    }

    /** @return a new session, indexing lists as it meets them */
    static FoldIndexes session() {
        return new FoldIndexes(true);
    }

    /** @return no session: every look-up scans, and nothing is kept (one step, as {@code evolve} alone takes) */
    static FoldIndexes scanning() {
        return SCANNING;
    }

    boolean indexing() {
        return indexing;
    }

    /** @return the keys of exactly this list version, or null */
    ListIndex.Keys keys(int slot, List<?> list) {
        return lists[slot] == list ? keys[slot] : null;
    }

    /** @return how many items, from the first, the keys of the list version in {@code slot} cover */
    int indexed(int slot) {
        return indexed[slot];
    }

    void keep(int slot, List<?> list, ListIndex.Keys listKeys, int indexedItems) {
        if (indexing) {
            lists[slot] = list;
            keys[slot] = listKeys;
            indexed[slot] = indexedItems;
        }
    }

    /** @return an independent session starting where this one is */
    FoldIndexes copy() {
        FoldIndexes copy = new FoldIndexes(indexing);
        System.arraycopy(lists, 0, copy.lists, 0, KINDS);
        System.arraycopy(keys, 0, copy.keys, 0, KINDS);
        System.arraycopy(indexed, 0, copy.indexed, 0, KINDS);
        return copy;
    }
}
