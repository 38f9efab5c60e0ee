package dev.parley.test;

import dev.parley.timeline.Development;
import org.assertj.core.api.AbstractObjectAssert;

import java.util.List;

/**
 * Assertions on a list of developments, such as a history or a timeline. From
 * {@link ParleyAssertions#assertThatDevelopments(List)}.
 *
 * <pre>{@code
 * assertThatDevelopments(parley.timeline(id, TimelineQuery.all().withParty("Celesta")))
 *         .hasIds("mediator-celesta", "celesta-summit-proposal");
 * }</pre>
 */
public class DevelopmentsAssert extends AbstractObjectAssert<DevelopmentsAssert, List<? extends Development>> {

    /** @param actual the developments */
    public DevelopmentsAssert(List<? extends Development> actual) {
        super(actual, DevelopmentsAssert.class);
    }

    /**
     * @param ids the expected development ids, in order
     * @return this, after checking the ids, in order
     */
    public DevelopmentsAssert hasIds(String... ids) {
        isNotNull();
        List<String> actualIds = actual.stream().map(Development::id).toList();
        if (!actualIds.equals(List.of(ids))) {
            failWithMessage("%nExpecting developments with ids:%n  <%s>%nbut they are:%n  <%s>", List.of(ids), actualIds);
        }
        return this;
    }

    /** @return this, after checking they are in order of occurrence */
    public DevelopmentsAssert areInOrderOfOccurrence() {
        isNotNull();
        for (int i = 1; i < actual.size(); i++) {
            if (actual.get(i - 1).occurred().compareTo(actual.get(i).occurred()) > 0) {
                failWithMessage("%nExpecting developments in order of occurrence%nbut <%s> (%s) comes before <%s> (%s)",
                        actual.get(i - 1).id(), actual.get(i - 1).occurred(), actual.get(i).id(),
                        actual.get(i).occurred());
            }
        }
        return this;
    }
}
