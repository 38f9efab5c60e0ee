package dev.parley.timeline.state;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.parley.timeline.PartialDate;
import dev.parley.timeline.Quantity;
import dev.parley.timeline.Share;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One implementation step of a provision.
 *
 * @param developmentId the step's development
 * @param occurred      when it happened
 * @param delivered     what each side delivered
 * @param description   the step in words
 * @param disputedBy    developments that dispute this step or its link to the agreement: its shares are then kept
 *                      apart from the undisputed totals
 * @param provisions    every provision the step serves (more than one for an exchange under several categories;
 *                      none when the source never said)
 * @param complete      true when the step carries out in full the provisions it names
 * @param disputedParts the parts of the step disputed by developments that dispute only some of its shares
 */
public record Step(String developmentId, PartialDate occurred, List<Share> delivered, String description,
                   List<String> disputedBy, List<String> provisions, boolean complete,
                   List<DisputedPart> disputedParts) {
    /**
     * Copies the lists.
     *
     * @param developmentId the step's development
     * @param occurred when it happened
     * @param delivered what each side delivered
     * @param description the step in words
     * @param disputedBy developments that dispute this step or its link to the agreement: its shares are then kept
     *                   apart from the undisputed totals
     * @param provisions every provision the step serves (more than one for an exchange under several categories;
     *                   none when the source never said)
     * @param complete true when the step carries out in full the provisions it names
     * @param disputedParts the parts of the step disputed by developments that dispute only some of its shares
     */
    public Step {
        delivered = PersistentList.copyOf(delivered);
        disputedBy = PersistentList.copyOf(disputedBy);
        provisions = PersistentList.copyOf(provisions);
        // States checkpointed before partial disputes have no such list.
        disputedParts = disputedParts == null ? List.of() : PersistentList.copyOf(disputedParts);
    }

    /**
     * A step as before completing steps and partial disputes.
     *
     * @param developmentId the step's development
     * @param occurred when it happened
     * @param delivered what each side delivered
     * @param description the step in words
     * @param disputedBy developments that dispute this step
     * @param provisions every provision the step serves
     */
    public Step(String developmentId, PartialDate occurred, List<Share> delivered, String description,
                List<String> disputedBy, List<String> provisions) {
        this(developmentId, occurred, delivered, description, disputedBy, provisions, false, List.of());
    }

    /**
     * @param disputingDevelopment a development disputing this step
     * @return a copy, disputed by it too
     */
    public Step disputedBy(String disputingDevelopment) {
        return new Step(developmentId, occurred, delivered, description,
                PersistentList.copyOf(disputedBy).plus(disputingDevelopment), provisions, complete, disputedParts);
    }

    /**
     * @param part a part of this step disputed by a development
     * @return a copy with that part disputed too
     */
    public Step withDisputedPart(DisputedPart part) {
        return new Step(developmentId, occurred, delivered, description, disputedBy, provisions, complete,
                PersistentList.copyOf(disputedParts).plus(part));
    }

    /** @return true when some development disputes this step as a whole */
    @JsonIgnore
    public boolean isDisputed() {
        return !disputedBy.isEmpty();
    }

    /**
     * What of this step is disputed: every share when the step is disputed as a whole; otherwise, per share, the
     * largest part any one partial dispute names (several reports about one contested item are not added up).
     *
     * @return the disputed shares, in the order of the step's shares
     */
    @JsonIgnore
    public List<Share> disputedShares() {
        if (isDisputed()) {
            return delivered;
        }
        List<Share> disputed = new ArrayList<>();
        for (Share share : delivered) {
            int part = disputedOf(share);
            if (part > 0) {
                disputed.add(new Share(share.party(), Quantity.exactly(part), share.unit(), share.provision()));
            }
        }
        return disputed;
    }

    /**
     * What of this step stays counted: nothing when it is disputed as a whole; otherwise each share less its
     * disputed part (an approximate share stays approximate).
     *
     * @return the counted shares
     */
    @JsonIgnore
    public List<Share> countedShares() {
        if (isDisputed()) {
            return List.of();
        }
        if (disputedParts.isEmpty()) {
            return delivered;
        }
        List<Share> counted = new ArrayList<>();
        for (Share share : delivered) {
            int part = disputedOf(share);
            Quantity q = share.quantity();
            if (part == 0 || q.value() == null) {
                counted.add(share);
            } else if (q.value() > part) {
                counted.add(new Share(share.party(), new Quantity(q.value() - part, q.qualifier()), share.unit(),
                        share.provision()));
            }
        }
        return counted;
    }

    /** The largest disputed count any one partial dispute names for this share (same side, unit, provision). */
    private int disputedOf(Share share) {
        int largest = 0;
        for (DisputedPart part : disputedParts) {
            int sum = part.shares().stream().filter(d -> d.party().equals(share.party())
                            && Objects.equals(d.unit(), share.unit())
                            && (d.provision() == null || d.provision().equals(share.provision())))
                    .mapToInt(d -> d.quantity().value() == null ? 0 : d.quantity().value()).sum();
            largest = Math.max(largest, sum);
        }
        Integer value = share.quantity().value();
        return value == null ? largest : Math.min(largest, value);
    }
}
