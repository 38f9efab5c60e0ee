package dev.parley.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application with {@code parley-spring-boot-starter}: it records the seed negotiation on start-up
 * ({@link SeedRecorder}) and serves states as JSON ({@link NegotiationController}). The starter creates the
 * {@code Parley} bean from the application's {@code DataSource} ({@code application.properties}: an H2 file;
 * set {@code SPRING_DATASOURCE_URL} and friends for PostgreSQL).
 *
 * <pre>{@code
 * mvn -pl examples-spring spring-boot:run
 * curl 'http://localhost:8080/negotiations/ru-ua-direct-talks-2025?asOf=2025-06-03'
 * }</pre>
 */
@SpringBootApplication
public class NegotiationsApplication {

    /**
     * Starts the application.
     *
     * @param args Spring Boot's command line arguments, such as {@code --server.port=9090}
     */
    public static void main(String[] args) {
        SpringApplication.run(NegotiationsApplication.class, args);
    }
}
