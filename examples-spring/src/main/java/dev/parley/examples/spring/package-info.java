/**
 * A Spring Boot application embedding Parley through {@code parley-spring-boot-starter}: the seed negotiation is
 * recorded on start-up and its state served as JSON over HTTP. Not published.
 */
package dev.parley.examples.spring;
