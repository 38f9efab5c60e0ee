package dev.parley.timeline;

import java.util.List;

/**
 * A demand, proposal or offer: a position one side takes towards others. Later developments accept, reject or
 * withdraw it by its id. All three share this shape so that rules and state treat them alike.
 */
public sealed interface PositionTaken extends Development permits DemandMade, ProposalMade, OfferMade {
    /** @return the side taking the position, or the sides taking it together (a coalition); never empty */
    List<String> by();

    /** @return the sides it is addressed to */
    List<String> to();

    /** @return what is demanded, proposed or offered */
    String terms();

    /** @return the individual points */
    List<String> items();

    /** @return how many, if the position is about a number; may be null */
    Quantity quantity();

    /** @return who or what qualifies; may be null */
    String criteria();

    /** @return when it is due; may be null */
    Deadline deadline();
}
