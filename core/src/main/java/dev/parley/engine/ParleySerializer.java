package dev.parley.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.model.ParleyJson;
import dev.parley.timeline.DevelopmentTypes;
import dev.parley.timeline.Development;
import dev.parley.timeline.StoreException;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Axon's {@link JacksonSerializer} storing logical type names instead of Java class names: a development is
 * stored as {@code "offer-made"} (its JSON type name), the snapshot as {@code "negotiation-snapshot"}. Renaming
 * or moving a class therefore never breaks a stored history. Revisions come from {@link StoredForm}.
 *
 * <p>A stored development is read as strictly as a timeline file: an unknown field is an error (Jackson cannot
 * tell with the inlined envelope, so the names are checked here), and so is a missing required one. The error
 * names the negotiation, the sequence number and the type ({@link StoredForm.LabelledPayload}).
 */
final class ParleySerializer extends JacksonSerializer {
    /**
     * The payload revision of the positions written today (and of corrections, which hold one inline); every
     * other type is written with {@link StoredForm#FIRST_REVISION}. {@link StoredForm#CURRENT} has them all.
     */
    static final String REVISION = PositionByUpcaster.REVISION;

    private static final Map<Class<?>, String> NAME_BY_CLASS = new HashMap<>();
    private static final Map<String, Class<?>> CLASS_BY_NAME = new HashMap<>();

    static {
        for (Class<? extends Development> type : DevelopmentTypes.all().values()) {
            NAME_BY_CLASS.put(type, Development.typeName(type));
            CLASS_BY_NAME.put(Development.typeName(type), type);
        }
        NAME_BY_CLASS.put(NegotiationAggregate.class, StoredForm.SNAPSHOT_TYPE);
        CLASS_BY_NAME.put(StoredForm.SNAPSHOT_TYPE, NegotiationAggregate.class);
    }

    private final ObjectMapper mapper;
    private final Consumer<StoreException> unreadable;

    /** Today's stored form; unreadable developments are only thrown. */
    ParleySerializer() {
        this(StoredForm.CURRENT, failure -> { });
    }

    /**
     * @param form       the revisions to write
     * @param unreadable told of every stored development that cannot be deserialized
     */
    ParleySerializer(StoredForm form, Consumer<StoreException> unreadable) {
        this(ParleyJson.newMapper(), form, unreadable);
    }

    private ParleySerializer(ObjectMapper mapper, StoredForm form, Consumer<StoreException> unreadable) {
        super(JacksonSerializer.builder().objectMapper(mapper).revisionResolver(revisions(form)));
        this.mapper = mapper;
        this.unreadable = unreadable;
    }

    private static RevisionResolver revisions(StoredForm form) {
        return type -> type == NegotiationAggregate.class ? StoredForm.SNAPSHOT_REVISION
                : NAME_BY_CLASS.containsKey(type) ? form.revisionOf(NAME_BY_CLASS.get(type)) : null;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public SerializedType typeForClass(Class type) {
        String name = type == null ? null : NAME_BY_CLASS.get(type);
        if (name == null) {
            return super.typeForClass(type);
        }
        return new SimpleSerializedType(name, getRevisionResolver().revisionOf(type));
    }

    @Override
    protected String resolveClassName(SerializedType serializedType) {
        Class<?> type = CLASS_BY_NAME.get(serializedType.getName());
        return type != null ? type.getName() : super.resolveClassName(serializedType);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        if (!(serializedObject instanceof StoredForm.LabelledPayload<S> labelled) || labelled.place().isSnapshot()) {
            return super.deserialize(serializedObject);
        }
        Class<? extends Development> type = StoredForm.developmentType(labelled.place().type());
        try {
            JsonNode tree = getConverter().convert(labelled.payload(), JsonNode.class).getData();
            checkFields(tree, labelled.place().type(), "");
            @SuppressWarnings("unchecked")
            T development = (T) mapper.treeToValue(tree, type);
            return development;
        } catch (IOException | RuntimeException e) {
            StoreException failure = new StoreException(labelled.place().describe() + " cannot be read: "
                    + reason(e), e);
            unreadable.accept(failure);
            throw failure;
        }
    }

    /** Unknown fields are errors, as in files; a nested development (a correction's replacement) is checked too. */
    private static void checkFields(JsonNode tree, String typeName, String path) {
        if (!(tree instanceof ObjectNode object)) {
            throw new IllegalArgumentException("the payload" + path + " is not a JSON object");
        }
        var allowed = StoredForm.fieldsOf(typeName);
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new IllegalArgumentException("unknown field '" + path + name + "'");
            }
        }
        Class<? extends Development> type = StoredForm.developmentType(typeName);
        for (RecordComponent component : type.getRecordComponents()) {
            JsonNode nested = object.get(component.getName());
            if (Development.class.isAssignableFrom(component.getType()) && nested != null
                    && StoredForm.developmentType(nested.path("type").asText()) != null) {
                checkFields(nested, nested.path("type").asText(), path + component.getName() + ".");
            }
        }
    }

    /**
     * Parley's words for what Jackson found, without Java class names; Axon's converter wraps a parse failure in
     * its own "error occurred while converting", so the chain is searched for Jackson's.
     */
    private static String reason(Throwable failure) {
        Throwable e = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException) {
                e = t;
                break;
            }
        }
        if (e instanceof com.fasterxml.jackson.core.JsonParseException
                || e instanceof com.fasterxml.jackson.core.io.JsonEOFException) {
            return "the stored JSON is damaged (" + firstLine(((JsonProcessingException) e).getOriginalMessage())
                    + ")";
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'";
        }
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            return e.getCause().getMessage();
        }
        if (e instanceof JsonProcessingException json) {
            return firstLine(json.getOriginalMessage());
        }
        return e.getMessage();
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message);
        int newline = text.indexOf('\n');
        return newline >= 0 ? text.substring(0, newline) : text;
    }
}
