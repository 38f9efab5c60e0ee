package dev.parley.render;

import dev.parley.timeline.PartyRole;
import dev.parley.timeline.state.NegotiationState;
import dev.parley.timeline.state.Participant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The lanes of a negotiation, shared by the HTML page (vis groups) and the TimelineJS export (groups): one lane
 * per party in order of joining; then "Joint" for what several parties did together (rounds, agreements,
 * exchanges) or what concerns all (the opening); "Mediators and hosts" (observers too) together; and "Other"
 * for actors that are no participant. A speaker is folded into their affiliation, a delegation written as free
 * text ("Russia (head: Vladimir Medinsky)") into the party it names.
 */
final class Lanes {

    /**
     * A lane.
     *
     * @param id    a stable id for the page ("party-1", "joint", "third-parties", "other")
     * @param label its name for a reader
     */
    record Lane(String id, String label) {
    }

    static final Lane JOINT = new Lane("joint", "Joint");
    static final Lane OTHER = new Lane("other", "Other");

    private final List<Lane> parties = new ArrayList<>();
    private final List<String> partyNames = new ArrayList<>();
    private final Lane thirdParties;
    private final List<String> thirdPartyNames = new ArrayList<>();

    private Lanes(NegotiationState state) {
        Set<PartyRole> thirdRoles = new LinkedHashSet<>();
        for (Participant p : state.participants()) {
            if (p.role() == PartyRole.PARTY) {
                if (!partyNames.contains(p.name())) {
                    partyNames.add(p.name());
                    parties.add(new Lane("party-" + partyNames.size(), Html.clean(p.name())));
                }
            } else {
                thirdRoles.add(p.role());
                thirdPartyNames.add(p.name());
            }
        }
        thirdParties = new Lane("third-parties", thirdRoles.contains(PartyRole.OBSERVER)
                ? "Mediators, hosts and observers" : "Mediators and hosts");
    }

    /**
     * @param state the negotiation's state: its participants and their roles
     * @return its lanes
     */
    static Lanes of(NegotiationState state) {
        return new Lanes(state);
    }

    /**
     * @param actors who acted, as the {@link DevelopmentText} names them
     * @return the one lane of a development: the party all actors belong to; Joint for several parties or no
     *         actor; Mediators and hosts; else Other
     */
    Lane laneOf(Collection<String> actors) {
        if (actors.isEmpty()) {
            return JOINT;
        }
        Set<Lane> resolved = new LinkedHashSet<>();
        for (String actor : actors) {
            Lane lane = resolve(actor);
            if (lane != null) {
                resolved.add(lane);
            }
        }
        if (resolved.isEmpty()) {
            return OTHER;
        }
        return resolved.size() == 1 ? resolved.iterator().next() : JOINT;
    }

    /**
     * @param used the lanes that hold at least one development
     * @return every party's lane (even an empty one), then Joint, Mediators and hosts and Other where used
     */
    List<Lane> ordered(Collection<Lane> used) {
        List<Lane> lanes = new ArrayList<>(parties);
        for (Lane lane : List.of(JOINT, thirdParties, OTHER)) {
            if (used.contains(lane) || (lane == thirdParties && !thirdPartyNames.isEmpty())) {
                lanes.add(lane);
            }
        }
        return lanes;
    }

    /** The longest participant name the text is or starts with ("Russia (head: ...)" is Russia). */
    private Lane resolve(String actor) {
        String text = actor.toLowerCase(Locale.ROOT).strip();
        String best = null;
        Lane lane = null;
        for (int i = 0; i < partyNames.size(); i++) {
            if (names(text, partyNames.get(i)) && (best == null || partyNames.get(i).length() > best.length())) {
                best = partyNames.get(i);
                lane = parties.get(i);
            }
        }
        for (String name : thirdPartyNames) {
            if (names(text, name) && (best == null || name.length() > best.length())) {
                best = name;
                lane = thirdParties;
            }
        }
        return lane;
    }

    private static boolean names(String text, String participant) {
        String name = participant.toLowerCase(Locale.ROOT);
        return text.equals(name) || (text.startsWith(name) && !Character.isLetterOrDigit(text.charAt(name.length())));
    }
}
