/**
 * Axon Framework wiring behind {@link dev.parley.Parley}: the event-sourced negotiation aggregate, the read side,
 * the serializer that stores logical type names, and JDBC plumbing. Not API: only {@link dev.parley.engine.Engine}
 * and its settings, and the metrics seam ({@link dev.parley.engine.Instrumentation}, with
 * {@link dev.parley.engine.MicrometerInstrumentation}, the one class that knows Micrometer) are public, for
 * {@code Parley}; they hand out nothing of Axon and may change in any release.
 */
package dev.parley.engine;
