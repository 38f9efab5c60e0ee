package dev.parley.timeline;

/**
 * A development was rejected because it breaks a {@link Rule}; nothing was stored. In a batch, the whole batch is
 * rejected.
 *
 * <pre>{@code
 * try {
 *     log.record(acceptance);
 * } catch (RuleViolationException e) {
 *     if (e.rule() == Rule.UNKNOWN_POSITION) { ... e.developmentId() ... }
 * }
 * }</pre>
 */
public final class RuleViolationException extends ParleyException {
    private static final long serialVersionUID = 1L;
    /** The rule broken. */
    private final Rule rule;
    /** The id of the rejected development. */
    private final String developmentId;
    /** What exactly is wrong. */
    private final String detail;

    /**
     * @param rule          the rule broken
     * @param developmentId the id of the rejected development
     * @param detail        what exactly is wrong
     */
    public RuleViolationException(Rule rule, String developmentId, String detail) {
        super(rule + ": development '" + developmentId + "': " + detail);
        this.rule = rule;
        this.developmentId = developmentId;
        this.detail = detail;
    }

    /** @return the rule broken */
    public Rule rule() {
        return rule;
    }

    /** @return the id of the rejected development */
    public String developmentId() {
        return developmentId;
    }

    /** @return what exactly is wrong, without the rule and development prefix */
    public String detail() {
        return detail;
    }
}
