/**
 * The pure negotiation model of Parley, without Axon, JDBC or I/O beyond streams: the one decider
 * ({@link dev.parley.model.NegotiationDecider}: initial state, every rule, idempotency, evolve), the one fold and
 * its replay at a cut ({@link dev.parley.model.NegotiationProjection}), timeline queries
 * ({@link dev.parley.model.TimelineView}), and the JSON codec for developments and timeline files
 * ({@link dev.parley.model.ParleyJson}, {@link dev.parley.model.TimelineFiles}).
 */
package dev.parley.model;
