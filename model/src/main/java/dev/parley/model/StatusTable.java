package dev.parley.model;

import dev.parley.timeline.state.AgreementStatus;
import dev.parley.timeline.state.Fulfilment;
import dev.parley.timeline.state.Position;
import dev.parley.timeline.state.PositionStatus;
import dev.parley.timeline.state.ProvisionStatus;
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

    /**
     * What can happen to a numbered round, from where it stands (null: no round of that number yet). A round
     * without a number is always a new round. A held round takes nothing more.
     */
    enum RoundMove {
        /** {@code round-scheduled}: a new round, or the same number rescheduled (a cancelled one revived). */
        SCHEDULE("scheduled", Round.Status.SCHEDULED, true, Round.Status.SCHEDULED, Round.Status.POSTPONED,
                Round.Status.CANCELLED),
        /** {@code round-rescheduled} with a new date: the round scheduled under that number (a cancelled one too). */
        RESCHEDULE("rescheduled", Round.Status.SCHEDULED, false, Round.Status.SCHEDULED, Round.Status.POSTPONED,
                Round.Status.CANCELLED),
        /** {@code round-rescheduled} without a date: put off. */
        POSTPONE("postponed", Round.Status.POSTPONED, false, Round.Status.SCHEDULED, Round.Status.POSTPONED),
        /** {@code round-cancelled}. */
        CANCEL("cancelled", Round.Status.CANCELLED, false, Round.Status.SCHEDULED, Round.Status.POSTPONED),
        /** {@code round-held}: a new round, or the round of that number now held (even if it was called off). */
        HOLD("held", Round.Status.HELD, true, Round.Status.SCHEDULED, Round.Status.POSTPONED,
                Round.Status.CANCELLED);

        private final String verb;
        private final Round.Status to;
        private final boolean fromNothing;
        private final Set<Round.Status> from;

        RoundMove(String verb, Round.Status to, boolean fromNothing, Round.Status first, Round.Status... more) {
            this.verb = verb;
            this.to = to;
            this.fromNothing = fromNothing;
            this.from = EnumSet.of(first, more);
        }

        /**
         * @param status the status of the round with the same number, or null when there is none
         * @return where the move leads, or empty when it is not allowed from there
         */
        Optional<Round.Status> from(Round.Status status) {
            boolean allowed = status == null ? fromNothing : from.contains(status);
            return allowed ? Optional.of(to) : Optional.empty();
        }

        /** @return how a rule violation names the move: "cannot be cancelled" */
        String verb() {
            return verb;
        }
    }

    /**
     * What may happen to an agreement, by where it stands in the fold. The status that follows is derived from
     * the agreement's facts ({@code Agreements}), not looked up: an agreement can be suspended and fulfilled at
     * once, and its status says the first that applies.
     */
    enum AgreementMove {
        /** {@code agreement-signed}. */
        SIGN("signature",
                AgreementStatus.SIGNED, AgreementStatus.IN_FORCE, AgreementStatus.SUSPENDED, AgreementStatus.FULFILLED),
        /** {@code agreement-ratified}. */
        RATIFY("ratification",
                AgreementStatus.SIGNED, AgreementStatus.IN_FORCE, AgreementStatus.SUSPENDED, AgreementStatus.FULFILLED),
        /** {@code agreement-extended}. */
        EXTEND("extension",
                AgreementStatus.SIGNED, AgreementStatus.IN_FORCE, AgreementStatus.SUSPENDED, AgreementStatus.FULFILLED),
        /** {@code agreement-suspended}. */
        SUSPEND("suspension", AgreementStatus.SIGNED, AgreementStatus.IN_FORCE, AgreementStatus.FULFILLED),
        /** {@code agreement-resumed}. */
        RESUME("resumption", AgreementStatus.SUSPENDED),
        /** {@code agreement-terminated}. */
        TERMINATE("termination",
                AgreementStatus.SIGNED, AgreementStatus.IN_FORCE, AgreementStatus.SUSPENDED, AgreementStatus.FULFILLED),
        /** {@code agreement-withdrawn-from}. */
        WITHDRAW("withdrawal",
                AgreementStatus.SIGNED, AgreementStatus.IN_FORCE, AgreementStatus.SUSPENDED, AgreementStatus.FULFILLED),
        /** At evaluation: the term ended and the agreement was not extended. */
        TERM_ENDED("expiry", AgreementStatus.SIGNED, AgreementStatus.IN_FORCE, AgreementStatus.SUSPENDED),
        /** {@code agreement-suspended} naming provisions: the rest of the agreement stays as it is. */
        SUSPEND_PROVISIONS("suspension of a provision",
                AgreementStatus.SIGNED, AgreementStatus.IN_FORCE, AgreementStatus.SUSPENDED, AgreementStatus.FULFILLED),
        /** {@code agreement-resumed} naming provisions. */
        RESUME_PROVISIONS("resumption of a provision",
                AgreementStatus.SIGNED, AgreementStatus.IN_FORCE, AgreementStatus.SUSPENDED, AgreementStatus.FULFILLED);

        private final String noun;
        private final Set<AgreementStatus> from;

        AgreementMove(String noun, AgreementStatus first, AgreementStatus... more) {
            this.noun = noun;
            this.from = EnumSet.of(first, more);
        }

        /** @return whether the move is allowed from that status */
        boolean allowedFrom(AgreementStatus status) {
            return from.contains(status);
        }

        /** @return how a rule violation names the move: "takes no extension" */
        String noun() {
            return noun;
        }

        /** @return true for a status after which an agreement takes nothing more */
        static boolean ended(AgreementStatus status) {
            return status == AgreementStatus.TERMINATED || status == AgreementStatus.WITHDRAWN
                    || status == AgreementStatus.EXPIRED;
        }
    }

    /** What the evaluation at a day does to a provision. */
    enum ProvisionMove {
        /** Its firm deadline certainly passed while it was not fulfilled. */
        DEADLINE_PASSED(ProvisionStatus.OVERDUE, ProvisionStatus.OPEN, ProvisionStatus.IN_PROGRESS),
        /** Its agreement expired before it was fulfilled. */
        AGREEMENT_EXPIRED(ProvisionStatus.TERMINATED, ProvisionStatus.OPEN, ProvisionStatus.IN_PROGRESS,
                ProvisionStatus.OVERDUE, ProvisionStatus.SUSPENDED);

        private final ProvisionStatus to;
        private final Set<ProvisionStatus> from;

        ProvisionMove(ProvisionStatus to, ProvisionStatus first, ProvisionStatus... more) {
            this.to = to;
            this.from = EnumSet.of(first, more);
        }

        /** @return where the move leads from that status, or empty when it does not apply there */
        Optional<ProvisionStatus> from(ProvisionStatus status) {
            return from.contains(status) ? Optional.of(to) : Optional.empty();
        }
    }

    private StatusTable() {
    }
}
