package dev.parley.engine;

import dev.parley.model.ParleyJson;
import dev.parley.timeline.state.NegotiationState;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a read-side checkpoint is stored: one header line naming the sequence number the state was folded up to and
 * the SHA-256 of the JSON that follows, then the state's JSON. A checkpoint that was cut short, edited by hand or
 * moved to another sequence number no longer matches its header, and is discarded instead of served as the truth.
 */
final class CheckpointText {
    private static final String MAGIC = "parley-checkpoint";
    private static final Pattern HEADER = Pattern.compile(MAGIC + " sequence=(-?\\d{1,18}) sha256=([0-9a-f]{64})");

    private CheckpointText() {
    }

    /**
     * What checking a stored checkpoint found.
     *
     * @param json    the state's JSON, when the checkpoint is intact
     * @param problem why it is not, in words that follow "the checkpoint ... "; null when it is
     */
    record Checked(String json, String problem) {
    }

    /**
     * @param sequence the last development folded into the state
     * @param state    the state
     * @return the text to store
     */
    static String of(long sequence, NegotiationState state) {
        String json = ParleyJson.codec().write(state);
        return MAGIC + " sequence=" + sequence + " sha256=" + sha256(json) + "\n" + json;
    }

    /**
     * @param text     the stored text
     * @param sequence the sequence number the row says the checkpoint covers
     * @return its JSON, or why it cannot be trusted
     */
    static Checked check(String text, long sequence) {
        int newline = text.indexOf('\n');
        Matcher header = HEADER.matcher(newline < 0 ? text : text.substring(0, newline));
        if (newline < 0 || !header.matches()) {
            return new Checked(null, "has no header naming its sequence number and checksum");
        }
        String json = text.substring(newline + 1);
        if (!header.group(2).equals(sha256(json))) {
            return new Checked(null, "does not match its checksum (cut short or altered)");
        }
        if (Long.parseLong(header.group(1)) != sequence) {
            return new Checked(null, "covers sequence " + header.group(1) + ", not " + sequence);
        }
        return new Checked(json, null);
    }

    private static String sha256(String json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
