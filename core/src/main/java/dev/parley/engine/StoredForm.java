package dev.parley.engine;

import dev.parley.timeline.DevelopmentTypes;
import dev.parley.timeline.Development;
import dev.parley.timeline.Envelope;
import dev.parley.timeline.StoreException;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.LazyDeserializingObject;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How developments are stored, and how stored ones of older revisions are read: the revision each type is
 * written with, the upcasters (Axon's {@link EventUpcaster}s, run in order as an {@link EventUpcasterChain} on
 * every read from the event store) that turn an older revision into the current one, and a last step that checks
 * what the upcasters leave.
 *
 * <p>That last step makes a stored event this version cannot read an error, never a silent skip: a type name it
 * does not know, or a revision no upcaster brought to the current one, is a {@link StoreException} naming the
 * negotiation, the sequence number and the type. It also labels each event's payload with that place, so that a
 * payload that does not deserialize (a required field missing, an unknown field) is reported the same way by
 * {@link ParleySerializer}. Snapshots have a revision of their own ({@link #SNAPSHOT_REVISION}); one that cannot be
 * read is not an error but discarded (see {@link JdbcStorage}).
 *
 * <p>To change how a type is stored: give it the next revision here ({@link #revisions}), register a
 * {@code SingleEventUpcaster} from the previous revision, and keep golden stored events of the previous revision
 * in {@code core/src/test/resources/stored/v<revision>/} with a test that they load.
 */
final class StoredForm {
    /** The revision every development type is written with unless {@link #revisions} says otherwise. */
    static final String FIRST_REVISION = "1";
    /**
     * The revision of snapshots ({@link NegotiationAggregate}'s fields): bump it whenever those fields change, so
     * that older snapshots are discarded (and the negotiation rebuilt from its events) instead of misread.
     */
    static final String SNAPSHOT_REVISION = "3";
    static final String SNAPSHOT_TYPE = "negotiation-snapshot";

    private static final Map<String, Class<? extends Development>> TYPES = new HashMap<>();
    private static final Map<String, Set<String>> FIELDS = new HashMap<>();

    static {
        for (Class<? extends Development> type : DevelopmentTypes.all().values()) {
            TYPES.put(Development.typeName(type), type);
            FIELDS.put(Development.typeName(type), fieldNames(type));
        }
    }

    /**
     * Today's form: positions (and corrections, which hold one inline) at revision 2 since a position's {@code by}
     * became a list ({@link PositionByUpcaster}); every other type at revision 1.
     */
    static final StoredForm CURRENT = new StoredForm(revisions(PositionByUpcaster.TYPES, PositionByUpcaster.REVISION),
            List.of(new PositionByUpcaster()));

    private final Map<String, String> revisions;
    private final List<EventUpcaster> upcasters;

    /**
     * @param revisions type name to its current revision, for the types that moved past {@link #FIRST_REVISION}
     * @param upcasters the upcasters, oldest change first
     */
    StoredForm(Map<String, String> revisions, List<EventUpcaster> upcasters) {
        for (String type : revisions.keySet()) {
            if (!TYPES.containsKey(type)) {
                throw new IllegalArgumentException("no development type '" + type + "'");
            }
        }
        this.revisions = Map.copyOf(revisions);
        this.upcasters = List.copyOf(upcasters);
    }

    private static Map<String, String> revisions(Set<String> types, String revision) {
        Map<String, String> revisions = new HashMap<>();
        types.forEach(type -> revisions.put(type, revision));
        return revisions;
    }

    /** @return the revision a development type is written with */
    String revisionOf(String typeName) {
        return revisions.getOrDefault(typeName, FIRST_REVISION);
    }

    /** @return the class of a stored development type name, or null */
    static Class<? extends Development> developmentType(String typeName) {
        return TYPES.get(typeName);
    }

    /**
     * @param unreadable told of every stored development found unreadable, so that a reader that cannot
     *                   propagate the error itself (the read side's processor) is not left waiting
     * @return the upcasters followed by the check, for the event storage engine
     */
    EventUpcaster chain(Consumer<StoreException> unreadable) {
        List<EventUpcaster> steps = new ArrayList<>(upcasters);
        steps.add(events -> events.map(event -> check(event, unreadable)));
        return new EventUpcasterChain(steps);
    }

    private IntermediateEventRepresentation check(IntermediateEventRepresentation event,
                                                  Consumer<StoreException> unreadable) {
        StoredPlace place = StoredPlace.of(event);
        String type = place.type();
        if (type.equals(SNAPSHOT_TYPE)) {
            if (!SNAPSHOT_REVISION.equals(place.revision())) {
                throw new IllegalStateException("the snapshot is of revision " + place.revision()
                        + ", this version of Parley reads revision " + SNAPSHOT_REVISION);
            }
            return new Labelled(event, place);
        }
        if (!TYPES.containsKey(type)) {
            throw reported(unreadable, place.describe() + " is of a type this version of Parley does not know;"
                    + " upgrade Parley, or add an upcaster that turns it into a known type");
        }
        String current = revisionOf(type);
        if (!current.equals(place.revision())) {
            throw reported(unreadable, place.describe() + " is of a revision this version of Parley cannot read"
                    + " (it reads revision " + current + " of '" + type + "'); upgrade Parley, or add an upcaster"
                    + " from revision " + place.revision());
        }
        return new Labelled(event, place);
    }

    private static StoreException reported(Consumer<StoreException> unreadable, String message) {
        StoreException failure = new StoreException(message, null);
        unreadable.accept(failure);
        return failure;
    }

    /** @return the JSON field names a stored development of this type may have */
    static Set<String> fieldsOf(String typeName) {
        return FIELDS.get(typeName);
    }

    /** The names of the record's JSON fields: its own and, since it is inlined, the envelope's; and "type". */
    private static Set<String> fieldNames(Class<? extends Development> type) {
        Set<String> names = new HashSet<>(List.of("type"));
        for (RecordComponent component : Envelope.class.getRecordComponents()) {
            names.add(component.getName());
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getType() != Envelope.class) {
                names.add(component.getName());
            }
        }
        return Set.copyOf(names);
    }

    /**
     * Where a stored event is: negotiation, sequence number, type and revision.
     *
     * @param negotiationId the aggregate identifier
     * @param sequence      the sequence number, -1 when unknown
     * @param type          the stored type name
     * @param revision      the stored revision, possibly null
     */
    record StoredPlace(String negotiationId, long sequence, String type, String revision) {
        static StoredPlace of(IntermediateEventRepresentation event) {
            return new StoredPlace(event.getAggregateIdentifier().orElse("?"),
                    event.getSequenceNumber().orElse(-1L), event.getType().getName(),
                    event.getType().getRevision());
        }

        boolean isSnapshot() {
            return SNAPSHOT_TYPE.equals(type);
        }

        /** @return e.g. {@code stored development 'offer-made' (revision 2) at sequence 5 of negotiation 'talks'} */
        String describe() {
            return (isSnapshot() ? "the stored snapshot" : "stored development '" + type + "'")
                    + " (revision " + revision + ") at sequence " + sequence + " of negotiation '"
                    + negotiationId + "'";
        }
    }

    /** A serialized payload that knows where it is stored, for the serializer's error messages. */
    record LabelledPayload<T>(SerializedObject<T> payload, StoredPlace place) implements SerializedObject<T> {
        @Override
        public Class<T> getContentType() {
            return payload.getContentType();
        }

        @Override
        public SerializedType getType() {
            return payload.getType();
        }

        @Override
        public T getData() {
            return payload.getData();
        }
    }

    /** An event as the upcasters left it, whose payload is labelled with its place. */
    private record Labelled(IntermediateEventRepresentation event, StoredPlace place)
            implements IntermediateEventRepresentation {

        @Override
        public <T> IntermediateEventRepresentation upcast(SerializedType outputType, Class<T> expectedType,
                                                          Function<T, T> upcastFunction,
                                                          Function<MetaData, MetaData> metaDataUpcastFunction) {
            return event.upcast(outputType, expectedType, upcastFunction, metaDataUpcastFunction);
        }

        @Override
        public SerializedType getType() {
            return event.getType();
        }

        @Override
        public SerializedObject<?> getData() {
            return new LabelledPayload<>(event.getData(), place);
        }

        @Override
        public <D> SerializedObject<D> getData(Class<D> requiredType) {
            return new LabelledPayload<>(event.getData(requiredType), place);
        }

        @Override
        public String getMessageIdentifier() {
            return event.getMessageIdentifier();
        }

        @Override
        public Optional<String> getAggregateType() {
            return event.getAggregateType();
        }

        @Override
        public Optional<String> getAggregateIdentifier() {
            return event.getAggregateIdentifier();
        }

        @Override
        public Optional<Long> getSequenceNumber() {
            return event.getSequenceNumber();
        }

        @Override
        public Optional<TrackingToken> getTrackingToken() {
            return event.getTrackingToken();
        }

        @Override
        public Instant getTimestamp() {
            return event.getTimestamp();
        }

        @Override
        public LazyDeserializingObject<MetaData> getMetaData() {
            return event.getMetaData();
        }

        @Override
        public boolean canConvertDataTo(Class<?> requiredType) {
            return event.canConvertDataTo(requiredType);
        }
    }
}
