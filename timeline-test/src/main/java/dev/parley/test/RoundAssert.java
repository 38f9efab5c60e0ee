package dev.parley.test;

import dev.parley.timeline.PartialDate;
import dev.parley.timeline.state.Round;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on one round. From {@link NegotiationStateAssert#hasRound(int)}.
 *
 * <pre>{@code
 * assertThat(state).hasRound(2).heldAt("Istanbul").heldOn("2025-06-02");
 * }</pre>
 */
public class RoundAssert extends AbstractObjectAssert<RoundAssert, Round> {

    /** @param actual the round */
    public RoundAssert(Round actual) {
        super(actual, RoundAssert.class);
    }

    /**
     * @param venue the expected venue
     * @return this, after checking the venue
     */
    public RoundAssert heldAt(String venue) {
        if (!venue.equals(actual.venue())) {
            failWithMessage("%nExpecting round <%s>%nto be held at:%n  <%s>%nbut it was held at:%n  <%s>",
                    actual.number(), venue, actual.venue());
        }
        if (actual.status() != Round.Status.HELD) {
            failWithMessage("%nExpecting round <%s>%nto be held%nbut it is only %s", actual.number(),
                    actual.status().name().toLowerCase());
        }
        return this;
    }

    /**
     * @param date the expected day, in {@link PartialDate} form
     * @return this, after checking the date ({@link PartialDate} form, e.g. "2025-06-02")
     */
    public RoundAssert heldOn(String date) {
        if (!PartialDate.parse(date).equals(actual.date())) {
            failWithMessage("%nExpecting round <%s>%nto be on:%n  <%s>%nbut it is on:%n  <%s>", actual.number(), date,
                    actual.date());
        }
        return this;
    }

    /**
     * @param text the text the outcome must mention
     * @return this, after checking the outcome mentions the text
     */
    public RoundAssert withOutcomeContaining(String text) {
        if (actual.outcome() == null || !actual.outcome().contains(text)) {
            failWithMessage("%nExpecting the outcome of round <%s>%nto contain:%n  <%s>%nbut it is:%n  <%s>",
                    actual.number(), text, actual.outcome());
        }
        return this;
    }

    /**
     * @param status the expected round status
     * @return this, after checking its status: scheduled, postponed, cancelled or held
     */
    public RoundAssert withStatus(Round.Status status) {
        if (actual.status() != status) {
            failWithMessage("%nExpecting round <%s>%nto be:%n  <%s>%nbut it is:%n  <%s>", actual.number(), status,
                    actual.status());
        }
        return this;
    }
}
