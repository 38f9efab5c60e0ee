/**
 * The {@code parley} command line: {@link dev.parley.cli.ParleyCommand} and its report rendering.
 */
package dev.parley.cli;
