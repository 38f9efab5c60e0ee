package dev.parley.engine;

import dev.parley.model.ParleyJson;
import dev.parley.timeline.DevelopmentTypes;
import dev.parley.timeline.Development;
import org.axonframework.serialization.FixedValueRevisionResolver;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

import java.util.HashMap;
import java.util.Map;

/**
 * Axon's {@link JacksonSerializer} storing logical type names instead of Java class names: a development is
 * stored as {@code "offer-made"} (its JSON type name), the snapshot as {@code "negotiation-snapshot"}. Renaming
 * or moving a class therefore never breaks a stored history. Every stored payload is revision {@value #REVISION};
 * a future change of shape bumps it and adds an upcaster.
 */
final class ParleySerializer extends JacksonSerializer {
    /** The payload revision written today. */
    static final String REVISION = "1";
    static final String SNAPSHOT_TYPE = "negotiation-snapshot";

    private static final Map<Class<?>, String> NAME_BY_CLASS = new HashMap<>();
    private static final Map<String, Class<?>> CLASS_BY_NAME = new HashMap<>();

    static {
        for (Class<? extends Development> type : DevelopmentTypes.all().values()) {
            NAME_BY_CLASS.put(type, Development.typeName(type));
            CLASS_BY_NAME.put(Development.typeName(type), type);
        }
        NAME_BY_CLASS.put(NegotiationAggregate.class, SNAPSHOT_TYPE);
        CLASS_BY_NAME.put(SNAPSHOT_TYPE, NegotiationAggregate.class);
    }

    /** Creates the serializer with Parley's Jackson settings. */
    ParleySerializer() {
        super(JacksonSerializer.builder()
                .objectMapper(ParleyJson.newMapper())
                .revisionResolver(new FixedValueRevisionResolver(REVISION)));
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
}
