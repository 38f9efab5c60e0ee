package dev.parley.timeline;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Someone who said or passed on something: an outlet, a named person, an organisation, or an anonymous group
 * ("two unnamed Ukrainian officials").
 *
 * <pre>{@code
 * Agent umerov = Agent.named("Rustem Umerov", "Defence Minister of Ukraine", "Ukraine");
 * Agent officials = Agent.anonymous("Ukrainian officials", "Ukraine", 2);
 * Agent axios = Agent.outlet("Axios");
 * }</pre>
 *
 * @param name        the name; required unless {@code anonymous}
 * @param role        the function or description ("Defence Minister of Ukraine"); required when anonymous
 * @param affiliation the party or body the agent belongs to, if known
 * @param anonymous   true when the source withholds the name
 * @param count       how many people the agent stands for (e.g. 2 officials); at least 1 when given
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record Agent(String name, String role, String affiliation, boolean anonymous, Integer count) {

    /**
     * Validates that a named agent has a name and an anonymous one a description.
     *
     * @param name the name; required unless {@code anonymous}
     * @param role the function or description ("Defence Minister of Ukraine"); required when anonymous
     * @param affiliation the party or body the agent belongs to, if known
     * @param anonymous true when the source withholds the name
     * @param count how many people the agent stands for (e.g. 2 officials); at least 1 when given
     */
    public Agent {
        name = Values.optionalName(name);
        role = Values.optionalName(role);
        affiliation = Values.optionalName(affiliation);
        if (!anonymous && name == null) {
            throw new InvalidValueException("agent.name", "is required unless the agent is anonymous");
        }
        if (anonymous && name != null) {
            throw new InvalidValueException("agent.name", "an anonymous agent has no name (got '" + name + "')");
        }
        if (anonymous && role == null) {
            throw new InvalidValueException("agent.role", "an anonymous agent needs a role such as 'Ukrainian officials'");
        }
        if (count != null && count < 1) {
            throw new InvalidValueException("agent.count", "must be at least 1 (got " + count + ")");
        }
    }

    /**
     * @param name the name; required unless {@code anonymous}
     * @param role the function or description ("Defence Minister of Ukraine"); required when anonymous
     * @param affiliation the party or body the agent belongs to, if known
     * @return a named person or body
     */
    public static Agent named(String name, String role, String affiliation) {
        return new Agent(name, role, affiliation, false, null);
    }

    /**
     * @param name the name; required unless {@code anonymous}
     * @return a news outlet or organisation known only by name
     */
    public static Agent outlet(String name) {
        return new Agent(name, null, null, false, null);
    }

    /**
     * @param role the function or description ("Defence Minister of Ukraine"); required when anonymous
     * @param affiliation the party or body the agent belongs to, if known
     * @param count how many people the agent stands for (e.g. 2 officials); at least 1 when given
     * @return an anonymous group of {@code count} people described by {@code role}
     */
    public static Agent anonymous(String role, String affiliation, int count) {
        return new Agent(null, role, affiliation, true, count);
    }

    /**
     * @return a stable key identifying this agent as a root source: the name, or for anonymous agents their
     *         description and affiliation
     */
    @JsonIgnore
    public String key() {
        if (!anonymous) {
            return name;
        }
        return "anonymous " + role + (affiliation == null ? "" : " (" + affiliation + ")");
    }

    @Override
    public String toString() {
        if (anonymous) {
            return (count == null ? "unnamed " : count + " unnamed ") + role;
        }
        return role == null ? name : name + " (" + role + ")";
    }
}
