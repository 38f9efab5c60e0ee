package dev.parley.spring;

import dev.parley.timeline.InvalidValueException;
import dev.parley.timeline.RuleViolationException;
import dev.parley.timeline.StoreException;
import dev.parley.timeline.TimelineFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;
import java.util.Locale;

/**
 * Answers Parley's exceptions, thrown by any controller of the application, with RFC 9457 problem details
 * ({@code application/problem+json}) instead of a bare 500. Registered by {@link ParleyProblemDetailsAutoConfiguration}
 * when {@code parley.web.problem-details.enabled=true}. It has the lowest precedence, so the application's own
 * {@code @ExceptionHandler}s (in a controller or an advice) win.
 *
 * <table>
 * <caption>What each exception becomes</caption>
 * <tr><th>exception</th><th>status</th><th>properties</th></tr>
 * <tr><td>{@link RuleViolationException}</td><td>422 Unprocessable Content: the request was understood, but the
 *     development breaks a rule given what is recorded</td><td>{@code rule}, {@code developmentId}</td></tr>
 * <tr><td>{@link TimelineFormatException}</td><td>400 Bad Request: the timeline text is malformed or holds an
 *     invalid value</td><td>{@code rule}, {@code developmentId} (when known), {@code line}, {@code column}</td></tr>
 * <tr><td>{@link InvalidValueException}</td><td>400 Bad Request</td><td>{@code rule} ({@code INVALID_VALUE}),
 *     {@code field}</td></tr>
 * <tr><td>{@link StoreException}</td><td>503 Service Unavailable; the cause is logged, not sent</td>
 *     <td>none</td></tr>
 * </table>
 *
 * The {@code type} is {@code urn:parley:problem:} followed by the rule in kebab case
 * ({@code urn:parley:problem:unknown-position}), or {@code store-unavailable}. Text from the request (a development
 * id, a detail quoting it) is sent as JSON string values, which the encoder escapes, and cut after
 * 250 characters.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ParleyProblemDetails {
    /** The longest text from the request that is echoed back. */
    static final int MAX_ECHOED = 250;
    /** The prefix of every problem type. */
    static final String TYPE_PREFIX = "urn:parley:problem:";
    /** 422, by number: Spring names it UNPROCESSABLE_ENTITY in version 6 and UNPROCESSABLE_CONTENT in 7. */
    static final HttpStatusCode UNPROCESSABLE_CONTENT = HttpStatusCode.valueOf(422);

    private static final Logger LOG = LoggerFactory.getLogger(ParleyProblemDetails.class);

    /**
     * @param e a development rejected by a rule
     * @return 422 naming the rule and the development
     */
    @ExceptionHandler(RuleViolationException.class)
    public ProblemDetail ruleViolated(RuleViolationException e) {
        ProblemDetail problem = problem(UNPROCESSABLE_CONTENT, e.rule().name(), "Rule violated: " + e.rule(),
                e.detail());
        problem.setProperty("developmentId", echo(e.developmentId()));
        return problem;
    }

    /**
     * @param e timeline text that could not be read
     * @return 400 naming the rule, where it is and the development when known
     */
    @ExceptionHandler(TimelineFormatException.class)
    public ProblemDetail malformed(TimelineFormatException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, e.rule().name(), "Malformed timeline: " + e.rule(),
                e.detail());
        e.developmentId().ifPresent(id -> problem.setProperty("developmentId", echo(id)));
        if (e.line() > 0) {
            problem.setProperty("line", e.line());
            problem.setProperty("column", e.column());
        }
        return problem;
    }

    /**
     * @param e a value that breaks its own rule
     * @return 400 naming the field
     */
    @ExceptionHandler(InvalidValueException.class)
    public ProblemDetail invalidValue(InvalidValueException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "INVALID_VALUE", "Invalid value: " + e.field(),
                e.getMessage());
        problem.setProperty("field", e.field());
        return problem;
    }

    /**
     * @param e the store failed
     * @return 503 without the cause (which may name tables, hosts or SQL); the cause is logged
     */
    @ExceptionHandler(StoreException.class)
    public ProblemDetail storeFailed(StoreException e) {
        LOG.error("Parley's store failed", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The store of negotiations is unavailable; try again later.");
        problem.setType(URI.create(TYPE_PREFIX + "store-unavailable"));
        problem.setTitle("Store unavailable");
        return problem;
    }

    private static ProblemDetail problem(HttpStatusCode status, String rule, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, echo(detail));
        problem.setType(URI.create(TYPE_PREFIX + rule.toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(title);
        problem.setProperty("rule", rule);
        return problem;
    }

    /** Shortens what the client sent before it is echoed; the JSON encoder escapes control characters. */
    private static String echo(String value) {
        return value == null || value.length() <= MAX_ECHOED ? value : value.substring(0, MAX_ECHOED) + "...";
    }
}
