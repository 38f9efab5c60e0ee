/**
 * The engine of Parley: the one fold ({@link dev.parley.model.NegotiationProjection#evolve}), the one place for
 * rules ({@link dev.parley.model.NegotiationRules}), and the JSON codec for developments and timeline files
 * ({@link dev.parley.model.ParleyJson}, {@link dev.parley.model.TimelineFiles}). The {@code internal} package
 * holds the Axon wiring and is not API.
 */
package dev.parley.model;
