package dev.parley.model;

import dev.parley.timeline.state.Fulfilment;
import dev.parley.timeline.state.Position;
import dev.parley.timeline.state.PositionStatus;
import dev.parley.timeline.state.Round;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.parley.timeline.state.PositionStatus.ACCEPTED;
import static dev.parley.timeline.state.PositionStatus.FULFILLED;
import static dev.parley.timeline.state.PositionStatus.LAPSED;
import static dev.parley.timeline.state.PositionStatus.OPEN;
import static dev.parley.timeline.state.PositionStatus.OVERDUE;
import static dev.parley.timeline.state.PositionStatus.PARTLY_FULFILLED;
import static dev.parley.timeline.state.PositionStatus.REJECTED;
import static dev.parley.timeline.state.PositionStatus.WITHDRAWN;

/**
 * The one table of status changes. The rules ask it whether a move is allowed ({@code POSITION_NOT_OPEN},
 * {@code ROUND_ALREADY_HELD} when not), the fold and the evaluation at a cut ask it where a move leads. A move the
 * table does not allow leaves the status as it is in the fold: the rules keep such moves out of a recorded
 * history, but a replay with corrections applied may still meet one, and the fold never rejects.
 * {@code docs/format.md} shows the same table.
 */
final class StatusTable {

    /** What can happen to a demand, proposal or offer, and the status each leads to from where it is allowed. */
    enum PositionMove {
        /** {@code proposal-accepted}: by another addressee too, and late (after deliveries began). */
        ACCEPT("acceptance", ACCEPTED, OPEN, ACCEPTED, PARTLY_FULFILLED, FULFILLED),
        /** {@code proposal-rejected}: repeatedly too ("Russia keeps rejecting the ceasefire"). */
        REJECT("rejection", REJECTED, OPEN, ACCEPTED, REJECTED, PARTLY_FULFILLED, FULFILLED),
        /** {@code position-withdrawn}, by its holder: also once rejected. */
        WITHDRAW("withdrawal", WITHDRAWN, OPEN, ACCEPTED, REJECTED, PARTLY_FULFILLED, FULFILLED),
        /** A {@code FULFILS} ref that leaves it short of complete. */
        DELIVER_PART("delivery", PARTLY_FULFILLED, OPEN, ACCEPTED, PARTLY_FULFILLED),
        /** A {@code FULFILS} ref that completes it (a complete delivery, or the quantity reached). */
        DELIVER_ALL("delivery", FULFILLED, OPEN, ACCEPTED, PARTLY_FULFILLED, FULFILLED),
        /** At evaluation: an open position whose firm deadline has certainly passed. */
        FIRM_DEADLINE_PASSED("deadline", OVERDUE, OPEN),
        /** At evaluation: an open position whose soft deadline ("in the coming days") has passed. */
        SOFT_DEADLINE_PASSED("deadline", LAPSED, OPEN);

        private static final Map<PositionStatus, Map<PositionMove, PositionStatus>> TABLE = table();

        private final String noun;
        private final PositionStatus to;
        private final Set<PositionStatus> from;

        PositionMove(String noun, PositionStatus to, PositionStatus first, PositionStatus... more) {
            this.noun = noun;
            this.to = to;
            this.from = EnumSet.of(first, more);
        }

        private static Map<PositionStatus, Map<PositionMove, PositionStatus>> table() {
            Map<PositionStatus, Map<PositionMove, PositionStatus>> table = new EnumMap<>(PositionStatus.class);
            for (PositionStatus status : PositionStatus.values()) {
                table.put(status, new EnumMap<>(PositionMove.class));
            }
            for (PositionMove move : values()) {
                move.from.forEach(status -> table.get(status).put(move, move.to));
            }
            return table;
        }

        /**
         * @param status where the position stands
         * @return where this move leads from there, or empty when it is not allowed from there
         */
        Optional<PositionStatus> from(PositionStatus status) {
            return Optional.ofNullable(TABLE.get(status).get(this));
        }

        /** @return how a rule violation names the move: "takes no acceptance" */
        String noun() {
            return noun;
        }

        /**
         * @param position   a position
         * @param fulfilment a delivery against it
         * @return {@link #DELIVER_ALL} when the deliveries so far and this one complete it, else {@link #DELIVER_PART}
         */
        static PositionMove delivery(Position position, Fulfilment fulfilment) {
            boolean complete = fulfilment.complete() || position.fulfilments().stream().anyMatch(Fulfilment::complete);
            int delivered = position.deliveredSoFar() + (fulfilment.delivered() == null
                    || fulfilment.delivered().value() == null ? 0 : fulfilment.delivered().value());
            boolean reached = position.quantity() != null && position.quantity().value() != null
                    && delivered >= position.quantity().value();
            return complete || reached ? DELIVER_ALL : DELIVER_PART;
        }

        /**
         * @param status where a position stands
         * @return whether any delivery may be recorded against it
         */
        static boolean takesDelivery(PositionStatus status) {
            return DELIVER_PART.from(status).isPresent() || DELIVER_ALL.from(status).isPresent();
        }
    }

    /** What can happen to a numbered round. A round without a number is always a new round. */
    enum RoundMove {
        /** {@code round-scheduled}: a new round, or the same number rescheduled. */
        SCHEDULE(Round.Status.SCHEDULED),
        /** {@code round-held}: a new round, or the scheduled round of that number now held. */
        HOLD(Round.Status.HELD);

        private final Round.Status to;

        RoundMove(Round.Status to) {
            this.to = to;
        }

        /**
         * @param status the status of the round with the same number, or null when there is none
         * @return where the move leads, or empty when that round was already held (a round is held once)
         */
        Optional<Round.Status> from(Round.Status status) {
            return status == Round.Status.HELD ? Optional.empty() : Optional.of(to);
        }
    }

    private StatusTable() {
    }
}
