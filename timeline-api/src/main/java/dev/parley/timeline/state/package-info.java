/**
 * The projected state of a negotiation: an immutable record tree rebuilt by folding developments. Nothing here
 * is stored; everything is derived, and the same developments always give the same state.
 */
package dev.parley.timeline.state;
