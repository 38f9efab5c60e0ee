/**
 * The public vocabulary of Parley: the sealed {@link dev.parley.timeline.Development} hierarchy of reported
 * developments, the value types they carry ({@link dev.parley.timeline.PartialDate},
 * {@link dev.parley.timeline.Attribution}, {@link dev.parley.timeline.Quantity} ...), the facade interface
 * {@link dev.parley.timeline.NegotiationLog} and the public exceptions.
 *
 * <p>Every type here is immutable and carries stable JSON names: development types are kebab-case strings
 * ({@code "offer-made"}), never Java class names, so stored histories survive refactoring.
 */
package dev.parley.timeline;
