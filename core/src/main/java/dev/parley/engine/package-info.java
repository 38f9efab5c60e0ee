/**
 * Axon Framework wiring behind {@link dev.parley.Parley}: the event-sourced negotiation aggregate, the read side,
 * the serializer that stores logical type names, and JDBC plumbing. Not API: anything here may change in any
 * release.
 */
package dev.parley.engine;
