package dev.parley.timeline;

import java.util.List;
import java.util.Map;

/**
 * The stages {@link PositionTaken.To} and {@link PositionTaken.Terms}, and the copies of
 * {@link PositionTaken.OptionalParts}, for all three position types at once: each type's canonical constructor is
 * passed in or looked up, so one implementation builds demands, proposals and offers. Not API.
 *
 * @param constructor the position type's canonical constructor
 * @param envelope    id, negotiation, dates, sources and refs
 * @param by          the sides taking the position
 * @param to          the sides it is addressed to
 * @param <P>         the position built
 */
record PositionStages<P extends PositionTaken>(Constructor<P> constructor, Envelope envelope, List<String> by,
                                               List<String> to) implements PositionTaken.To<P> {

    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = Map.of(
            DemandMade.class, (Constructor<DemandMade>) DemandMade::new,
            ProposalMade.class, (Constructor<ProposalMade>) ProposalMade::new,
            OfferMade.class, (Constructor<OfferMade>) OfferMade::new);

    /** A copy of {@code position} with other optional parts, of the same type. */
    @SuppressWarnings("unchecked")
    static <P extends PositionTaken> P copy(P position, Parts parts) {
        Constructor<P> constructor = (Constructor<P>) CONSTRUCTORS.get(position.getClass());
        return constructor.create(position.envelope(), position.by(), position.to(), position.terms(), parts.items,
                parts.quantity, parts.criteria, parts.deadline, parts.speaker, parts.quote, parts.coalition);
    }

    @Override
    public PositionTaken.Terms<P> to(String... sides) {
        return new PositionStages<>(constructor, envelope, by, Values.listOf(sides));
    }

    @Override
    public P terms(String terms) {
        return constructor.create(envelope, by, to, terms, List.of(), null, null, null, null, null, null);
    }

    /** The canonical constructor shared by {@link DemandMade}, {@link ProposalMade} and {@link OfferMade}. */
    @FunctionalInterface
    interface Constructor<P extends PositionTaken> {
        P create(Envelope envelope, List<String> by, List<String> to, String terms, List<String> items,
                 Quantity quantity, String criteria, Deadline deadline, Agent speaker, String quote, String coalition);
    }

    /** A position's optional parts, each replaced on a copy: what {@link PositionTaken.OptionalParts} changes. */
    record Parts(List<String> items, Quantity quantity, String criteria, Deadline deadline, Agent speaker,
                 String quote, String coalition) {
        static Parts of(PositionTaken p) {
            return new Parts(p.items(), p.quantity(), p.criteria(), p.deadline(), p.speaker(), p.quote(),
                    p.coalition());
        }

        Parts items(List<String> value) {
            return new Parts(value, quantity, criteria, deadline, speaker, quote, coalition);
        }

        Parts quantity(Quantity value) {
            return new Parts(items, value, criteria, deadline, speaker, quote, coalition);
        }

        Parts criteria(String value) {
            return new Parts(items, quantity, value, deadline, speaker, quote, coalition);
        }

        Parts deadline(Deadline value) {
            return new Parts(items, quantity, criteria, value, speaker, quote, coalition);
        }

        Parts speaker(Agent value) {
            return new Parts(items, quantity, criteria, deadline, value, quote, coalition);
        }

        Parts quote(String value) {
            return new Parts(items, quantity, criteria, deadline, speaker, value, coalition);
        }

        Parts coalition(String value) {
            return new Parts(items, quantity, criteria, deadline, speaker, quote, value);
        }
    }
}
