/**
 * Runnable examples: embedding Parley in a plain {@code main}, and the throughput harness.
 */
package dev.parley.examples;
