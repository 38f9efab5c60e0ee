package dev.parley.test;

import dev.parley.timeline.Agent;
import dev.parley.timeline.Attribution;
import dev.parley.timeline.Development;
import dev.parley.timeline.PartialDate;
import dev.parley.timeline.RefKind;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on one development. From {@link ParleyAssertions#assertThat(Development)}.
 *
 * <pre>{@code
 * assertThat(offer).isOfType("offer-made").hasSource("Axios").hasAnonymousSource().occurredOn("2025-06-02");
 * }</pre>
 */
public class DevelopmentAssert extends AbstractObjectAssert<DevelopmentAssert, Development> {

    /** @param actual the development */
    public DevelopmentAssert(Development actual) {
        super(actual, DevelopmentAssert.class);
    }

    /**
     * @param typeName the expected JSON type name, such as "offer-made"
     * @return this, after checking its JSON type name
     */
    public DevelopmentAssert isOfType(String typeName) {
        isNotNull();
        if (!actual.typeName().equals(typeName)) {
            failWithMessage("%nExpecting development <%s>%nto be of type:%n  <%s>%nbut it is of type:%n  <%s>",
                    actual.id(), typeName, actual.typeName());
        }
        return this;
    }

    /**
     * @param source an outlet, or a name anywhere in a citation chain
     * @return this, after checking an attribution's outlet or citation chain names {@code source}
     */
    public DevelopmentAssert hasSource(String source) {
        isNotNull();
        if (actual.sources().stream().noneMatch(a -> names(a, source))) {
            failWithMessage("%nExpecting development <%s>%nto have source:%n  <%s>%nbut its sources are:%n  <%s>",
                    actual.id(), source, actual.sources().stream().map(Attribution::toString).toList());
        }
        return this;
    }

    /** @return this, after checking some attribution ends in an anonymous source */
    public DevelopmentAssert hasAnonymousSource() {
        isNotNull();
        if (actual.sources().stream().noneMatch(Attribution::isAnonymous)) {
            failWithMessage("%nExpecting development <%s>%nto have an anonymous source%nbut its sources are:%n  <%s>",
                    actual.id(), actual.sources().stream().map(Attribution::toString).toList());
        }
        return this;
    }

    /**
     * @param date the expected day, in {@link PartialDate} form
     * @return this, after checking when it occurred ({@link PartialDate} form)
     */
    public DevelopmentAssert occurredOn(String date) {
        isNotNull();
        if (!actual.occurred().equals(PartialDate.parse(date))) {
            failWithMessage("%nExpecting development <%s>%nto have occurred on:%n  <%s>%nbut it occurred on:%n  <%s>",
                    actual.id(), date, actual.occurred());
        }
        return this;
    }

    /**
     * @param kind the expected kind of ref
     * @param target the id of the development referred to
     * @return this, after checking it refers to {@code target} with that kind of ref
     */
    public DevelopmentAssert refersTo(RefKind kind, String target) {
        isNotNull();
        if (actual.refs().stream().noneMatch(r -> r.kind() == kind && r.development().equals(target))) {
            failWithMessage("%nExpecting development <%s>%nto refer to:%n  <%s %s>%nbut its refs are:%n  <%s>",
                    actual.id(), kind, target, actual.refs());
        }
        return this;
    }

    static boolean names(Attribution attribution, String source) {
        return attribution.outlet().equals(source) || attribution.via().stream()
                .map(Agent::name).anyMatch(source::equals);
    }
}
