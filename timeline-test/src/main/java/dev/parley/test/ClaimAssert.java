package dev.parley.test;

import dev.parley.timeline.state.Claim;
import dev.parley.timeline.state.ClaimReaction;
import org.assertj.core.api.AbstractObjectAssert;

import java.util.List;

/**
 * Assertions on one claim. From {@link NegotiationStateAssert#hasClaim} and
 * {@link NegotiationStateAssert#hasDisputedClaim}.
 *
 * <pre>{@code
 * assertThat(state).hasDisputedClaim("ua-claim-abductions").claimedBy("Ukraine").deniedBy("Vladimir Medinsky");
 * }</pre>
 */
public class ClaimAssert extends AbstractObjectAssert<ClaimAssert, Claim> {

    /** @param actual the claim */
    public ClaimAssert(Claim actual) {
        super(actual, ClaimAssert.class);
    }

    /**
     * @param claimant the expected claimant
     * @return this, after checking who made the claim
     */
    public ClaimAssert claimedBy(String claimant) {
        if (!actual.claimant().equals(claimant)) {
            failWithMessage("%nExpecting claim <%s>%nto be made by:%n  <%s>%nbut it was made by:%n  <%s>", actual.id(),
                    claimant, actual.claimant());
        }
        return this;
    }

    /**
     * @param name the name of the party that must have denied the claim
     * @return this, after checking someone of that name denied it
     */
    public ClaimAssert deniedBy(String name) {
        if (!names(actual.deniedBy()).contains(name)) {
            failWithMessage("%nExpecting claim <%s>%nto be denied by:%n  <%s>%nbut it was denied by:%n  <%s>",
                    actual.id(), name, names(actual.deniedBy()));
        }
        return this;
    }

    /**
     * @param name the name of the party that must have confirmed the claim
     * @return this, after checking someone of that name confirmed it
     */
    public ClaimAssert confirmedBy(String name) {
        if (!names(actual.confirmedBy()).contains(name)) {
            failWithMessage("%nExpecting claim <%s>%nto be confirmed by:%n  <%s>%nbut it was confirmed by:%n  <%s>",
                    actual.id(), name, names(actual.confirmedBy()));
        }
        return this;
    }

    private static List<String> names(List<ClaimReaction> reactions) {
        return reactions.stream().map(r -> r.by().name() == null ? r.by().toString() : r.by().name()).toList();
    }
}
