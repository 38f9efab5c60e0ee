package dev.parley.engine;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.UnableToInitializeTokenException;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The read side's tokens for the in-memory store, where a restart starting from the tail is the design: Axon's
 * {@code InMemoryTokenStore} behaves the same but warns on construction that events may be processed again after a
 * restart, which is exactly the point here. One processor in one process: claims always succeed.
 */
final class MemoryTokenStore implements TokenStore {
    /** A segment's token, which may be null (the tail). */
    private record Slot(TrackingToken token) {
    }

    private record Key(String processorName, int segment) {
    }

    private final Map<Key, Slot> tokens = new ConcurrentHashMap<>();
    private final String identifier = UUID.randomUUID().toString();

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken) {
        if (fetchSegments(processorName).length > 0) {
            throw new UnableToClaimTokenException("segments of '" + processorName + "' are already initialized");
        }
        for (int segment = 0; segment < segmentCount; segment++) {
            tokens.put(new Key(processorName, segment), new Slot(initialToken));
        }
    }

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) {
        // As Axon's own in-memory store: the token moves only once the unit of work that processed its events
        // committed.
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unit -> tokens.put(new Key(processorName, segment), new Slot(token)));
        } else {
            tokens.put(new Key(processorName, segment), new Slot(token));
        }
    }

    @Override
    public TrackingToken fetchToken(String processorName, int segment) {
        Slot slot = tokens.get(new Key(processorName, segment));
        if (slot == null) {
            throw new UnableToClaimTokenException("no token was initialized for segment " + segment
                    + " of '" + processorName + "'");
        }
        return slot.token();
    }

    @Override
    public void releaseClaim(String processorName, int segment) {
        // Nothing is claimed in one process.
    }

    @Override
    public void initializeSegment(TrackingToken token, String processorName, int segment) {
        if (tokens.putIfAbsent(new Key(processorName, segment), new Slot(token)) != null) {
            throw new UnableToInitializeTokenException("segment " + segment + " of '" + processorName
                    + "' already exists");
        }
    }

    @Override
    public void deleteToken(String processorName, int segment) {
        tokens.remove(new Key(processorName, segment));
    }

    @Override
    public boolean requiresExplicitSegmentInitialization() {
        return true;
    }

    @Override
    public int[] fetchSegments(String processorName) {
        return tokens.keySet().stream().filter(key -> key.processorName().equals(processorName))
                .mapToInt(Key::segment).sorted().toArray();
    }

    @Override
    public Optional<String> retrieveStorageIdentifier() {
        return Optional.of(identifier);
    }
}
