package dev.parley.examples.spring;

import dev.parley.Parley;
import dev.parley.timeline.AsOf;
import dev.parley.timeline.state.NegotiationState;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.time.LocalDate;

/**
 * The state of a negotiation as JSON, now or at a cut on either time axis:
 * {@code GET /negotiations/{id}?asOf=yyyy-MM-dd&knownAt=yyyy-MM-dd}. Errors are RFC 9457 problem details:
 * 400 for a date that is not one, 404 for a negotiation that is not recorded or not yet opened at the cut.
 */
@RestController
public class NegotiationController {
    private static final int MAX_ECHOED = 60;

    private final Parley parley;

    /** @param parley the auto-configured Parley */
    public NegotiationController(Parley parley) {
        this.parley = parley;
    }

    /**
     * @param id      the negotiation
     * @param asOf    only what happened by this day (valid time); absent for no cut
     * @param knownAt only what had been reported by this day (knowledge time); absent for no cut
     * @return the state
     * @throws NegotiationNotFound when the negotiation is not recorded, or not opened at the cut
     */
    // snippet:spring-controller
    @GetMapping("/negotiations/{id}")
    public NegotiationState state(@PathVariable String id,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                  LocalDate asOf,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                  LocalDate knownAt) {
        AsOf cut = new AsOf(asOf, knownAt);
        return parley.state(id, cut).orElseThrow(() -> new NegotiationNotFound(id, cut,
                parley.negotiations().contains(id)));
    }
    // end-snippet:spring-controller

    /**
     * @param e the negotiation that was asked for
     * @return 404 naming it
     */
    @ExceptionHandler(NegotiationNotFound.class)
    public ProblemDetail notFound(NegotiationNotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle(e.recorded ? "Negotiation not opened at this cut" : "Unknown negotiation");
        problem.setProperty("negotiationId", echo(e.negotiationId));
        return problem;
    }

    /**
     * @param e a query parameter that did not convert, such as {@code asOf=2025-13-01}
     * @return 400 naming the parameter, the value and the expected form
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        String value = echo(String.valueOf(e.getValue()));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                e.getName() + " must be a date of the form yyyy-MM-dd, got '" + value + "'");
        problem.setTitle("Bad date");
        problem.setProperty("parameter", e.getName());
        problem.setProperty("value", value);
        return problem;
    }

    /** Shortens what the client sent before it is echoed; the JSON encoder escapes control characters. */
    private static String echo(String value) {
        return value.length() <= MAX_ECHOED ? value : value.substring(0, MAX_ECHOED) + "...";
    }

    /** No state to show: unknown negotiation, or not opened yet at the cut. */
    static final class NegotiationNotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String negotiationId;
        private final boolean recorded;

        NegotiationNotFound(String negotiationId, AsOf cut, boolean recorded) {
            super(recorded
                    ? "negotiation '" + echo(negotiationId) + "' had not been opened at the cut " + describe(cut)
                    : "negotiation '" + echo(negotiationId) + "' is not recorded");
            this.negotiationId = negotiationId;
            this.recorded = recorded;
        }

        private static String describe(AsOf cut) {
            return (cut.occurredBy() == null ? "" : "asOf=" + cut.occurredBy())
                    + (cut.occurredBy() != null && cut.knownAt() != null ? ", " : "")
                    + (cut.knownAt() == null ? "" : "knownAt=" + cut.knownAt());
        }
    }
}
