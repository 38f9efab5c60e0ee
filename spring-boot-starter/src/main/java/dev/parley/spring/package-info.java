/**
 * Spring Boot auto-configuration for Parley: one {@link dev.parley.Parley} bean from the application's
 * {@code DataSource}, an embedded H2 file or memory ({@link dev.parley.spring.ParleyAutoConfiguration}), its
 * {@code parley.*} properties ({@link dev.parley.spring.ParleyProperties}), the Actuator health indicator
 * {@code parley} ({@link dev.parley.spring.ParleyHealthIndicator}), the application's Micrometer registry bound to
 * it ({@link dev.parley.spring.ParleyMetricsAutoConfiguration}) and, opt-in, RFC 9457 problem details for its
 * exceptions ({@link dev.parley.spring.ParleyProblemDetails}).
 */
package dev.parley.spring;
