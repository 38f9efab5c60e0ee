package dev.parley.test;

import dev.parley.timeline.Confidence;
import dev.parley.timeline.state.Corroboration;
import dev.parley.timeline.state.Reaction;
import dev.parley.timeline.state.Version;
import org.assertj.core.api.AbstractObjectAssert;

import java.util.List;

/**
 * Assertions on how one development is sourced and received: its sides, grade, disputes, confirmations and
 * competing versions. From {@link NegotiationStateAssert#hasCorroboration} and
 * {@link NegotiationStateAssert#hasDisputed}.
 *
 * <pre>{@code
 * assertThat(state).hasDisputed("bsgi-extended-2023-03").disputedBy("Maria Zakharova")
 *         .hasVersion("days", "60").attestedBy("Russia");
 * }</pre>
 */
public class CorroborationAssert extends AbstractObjectAssert<CorroborationAssert, Corroboration> {

    /** @param actual the corroboration */
    public CorroborationAssert(Corroboration actual) {
        super(actual, CorroborationAssert.class);
    }

    /**
     * @param who the name or side that must dispute the development
     * @return this, after checking that someone of that name (or side) disputes it
     */
    public CorroborationAssert disputedBy(String who) {
        if (!actual.deniedBy().contains(who)) {
            failWithMessage("%nExpecting development <%s>%nto be disputed by:%n  <%s>%nbut it is disputed by:%n  <%s>",
                    actual.developmentId(), who, actual.deniedBy());
        }
        return this;
    }

    /**
     * @param who the name or side that must confirm the development
     * @return this, after checking that someone of that name (or side) confirms it
     */
    public CorroborationAssert confirmedBy(String who) {
        List<String> confirmers = actual.confirmations().stream().flatMap(r -> r.by().stream()).distinct().toList();
        if (!confirmers.contains(who)) {
            failWithMessage("%nExpecting development <%s>%nto be confirmed by:%n  <%s>%nbut it is confirmed by:%n"
                    + "  <%s>", actual.developmentId(), who, confirmers);
        }
        return this;
    }

    /**
     * @param field the field the competing version differs in
     * @param value the value a source reports for that field
     * @return this, after checking that a source reports that value for the field, beside the recorded one
     */
    public CorroborationAssert hasVersion(String field, String value) {
        if (actual.versions().stream().noneMatch(v -> v.field().equals(field) && v.value().equals(value))) {
            failWithMessage("%nExpecting development <%s>%nto have a version of %s:%n  <%s>%nbut its versions are:%n"
                    + "  <%s>", actual.developmentId(), field, value, actual.versions().stream()
                    .map(v -> v.field() + "=" + v.value()).toList());
        }
        return this;
    }

    /**
     * @param side the side a root source must be affiliated with
     * @return this, after checking a root source affiliated with that side attests it
     */
    public CorroborationAssert attestedBy(String side) {
        if (!actual.sides().contains(side)) {
            failWithMessage("%nExpecting development <%s>%nto be attested by:%n  <%s>%nbut the sides attesting it are:"
                    + "%n  <%s>", actual.developmentId(), side, actual.sides());
        }
        return this;
    }

    /**
     * @param count the expected number of distinct root sources
     * @return this, after checking how many distinct root sources it has
     */
    public CorroborationAssert withRootSources(int count) {
        if (actual.rootSources().size() != count) {
            failWithMessage("%nExpecting development <%s>%nto have root sources:%n  <%s>%nbut it has:%n  <%s>",
                    actual.developmentId(), count, actual.rootSources());
        }
        return this;
    }

    /**
     * @param confidence the expected grade
     * @return this, after checking the reporter's grade
     */
    public CorroborationAssert withConfidence(Confidence confidence) {
        if (actual.confidence() != confidence) {
            failWithMessage("%nExpecting development <%s>%nto be graded:%n  <%s>%nbut it is graded:%n  <%s>",
                    actual.developmentId(), confidence, actual.confidence());
        }
        return this;
    }

    /** @return the disputes, for further AssertJ checks */
    public List<Reaction> disputes() {
        return actual.disputes();
    }

    /** @return the competing versions, for further AssertJ checks */
    public List<Version> versions() {
        return actual.versions();
    }
}
