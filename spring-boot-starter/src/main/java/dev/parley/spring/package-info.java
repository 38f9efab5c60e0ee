/**
 * Spring Boot auto-configuration for Parley: one {@link dev.parley.Parley} bean from the application's
 * {@code DataSource}, an embedded H2 file or memory ({@link dev.parley.spring.ParleyAutoConfiguration}), its
 * {@code parley.*} properties ({@link dev.parley.spring.ParleyProperties}) and the Actuator health indicator
 * {@code parley} ({@link dev.parley.spring.ParleyHealthIndicator}).
 */
package dev.parley.spring;
