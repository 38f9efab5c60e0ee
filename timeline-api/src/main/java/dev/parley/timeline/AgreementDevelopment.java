package dev.parley.timeline;

/**
 * A development in the life of an agreement after it was reached: signed, ratified, extended, suspended, resumed,
 * terminated or withdrawn from. Each names the agreement by the id of its {@code agreement-reached}; the fold
 * derives the agreement's status from them and the rules refuse moves its status does not take.
 */
public sealed interface AgreementDevelopment extends Development
        permits AgreementSigned, AgreementRatified, AgreementExtended, AgreementSuspended, AgreementResumed,
        AgreementTerminated, AgreementWithdrawnFrom {
    /** @return the id of the agreement */
    String agreement();
}
