/**
 * The engine of Parley: the one fold ({@link dev.parley.core.NegotiationProjection#evolve}), the one place for
 * rules ({@link dev.parley.core.NegotiationRules}), and the JSON codec for developments and timeline files
 * ({@link dev.parley.core.ParleyJson}, {@link dev.parley.core.TimelineFiles}). The {@code internal} package
 * holds the Axon wiring and is not API.
 */
package dev.parley.core;
