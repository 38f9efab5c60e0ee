package dev.parley.engine;

import dev.parley.model.ParleyJson;
import dev.parley.timeline.StoreException;
import dev.parley.timeline.state.NegotiationState;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The read side's table, one row per negotiation, written through the event storage's connection provider: inside
 * a writing unit of work that is the unit of work's transaction, so a row always says exactly what is stored.
 *
 * <p>A checkpoint is the state as JSON after a header line naming the sequence number it covers and the SHA-256 of
 * the JSON ({@link CheckpointText}), with a format tag. One of another format, truncated, altered (its checksum or
 * its sequence number does not match) or unreadable is discarded with one warning naming the negotiation; the
 * {@link ReadSide} then re-folds the state once and writes it back as a fresh checkpoint.
 *
 * <p>The list of negotiations comes from the event table itself, so a lost or deleted row never hides one.
 */
final class JdbcReadSideRows implements ReadSideRows {
    /** Changes when the JSON of {@link NegotiationState} changes incompatibly. */
    static final String CHECKPOINT_FORMAT = "state-2";

    private final ConnectionProvider connections;
    private final String table;
    private final Consumer<String> warnings;
    private final String fillMissing;
    private final String storedAt;
    private final String lastStoredInEvents;
    private final String storedNegotiations;
    /** Checkpoints already warned about (negotiation and sequence), so a damaged one is reported once. */
    private final Set<String> discarded = ConcurrentHashMap.newKeySet();

    /**
     * @param connections the event storage's connections
     * @param table       the table's name as used in SQL
     * @param events      the event table's name and columns
     * @param warnings    where to say that a checkpoint was ignored
     */
    JdbcReadSideRows(ConnectionProvider connections, String table, EventSchema events, Consumer<String> warnings) {
        this.connections = connections;
        this.table = table;
        this.warnings = warnings;
        this.fillMissing = fillFromEvents(table, events) + " HAVING NOT EXISTS (SELECT 1 FROM " + table
                + " r WHERE r.negotiation_id = " + events.aggregateIdentifierColumn() + ")";
        this.storedAt = "SELECT 1 FROM " + events.domainEventTable() + " WHERE " + events.aggregateIdentifierColumn()
                + " = ? AND " + events.sequenceNumberColumn() + " = ?";
        this.lastStoredInEvents = "SELECT MAX(" + events.sequenceNumberColumn() + ") FROM "
                + events.domainEventTable() + " WHERE " + events.aggregateIdentifierColumn() + " = ?";
        this.storedNegotiations = "SELECT " + events.aggregateIdentifierColumn() + " FROM "
                + events.domainEventTable() + " GROUP BY " + events.aggregateIdentifierColumn();
    }

    /**
     * @param table      the table's name
     * @param postgreSql whether the database is PostgreSQL (else H2)
     * @return the statement creating the table when it does not exist
     */
    static String createTable(String table, boolean postgreSql) {
        return "CREATE TABLE IF NOT EXISTS " + table + " (negotiation_id VARCHAR(255) NOT NULL PRIMARY KEY, "
                + "last_sequence BIGINT NOT NULL, amended_at BIGINT NOT NULL, checkpoint_sequence BIGINT NOT NULL, "
                + "checkpoint_format VARCHAR(32), checkpoint " + (postgreSql ? "TEXT" : "CLOB") + ")";
    }

    /**
     * @param table  the table's name
     * @param events the event table's name and columns
     * @return the statement giving every stored negotiation a row without a checkpoint (for a store that had
     *         developments before it had this table)
     */
    static String fillFromEvents(String table, EventSchema events) {
        return "INSERT INTO " + table + " (negotiation_id, last_sequence, amended_at, checkpoint_sequence) SELECT "
                + events.aggregateIdentifierColumn() + ", MAX(" + events.sequenceNumberColumn() + "), -1, -1 FROM "
                + events.domainEventTable() + " GROUP BY " + events.aggregateIdentifierColumn();
    }

    @Override
    public boolean transactional() {
        return true;
    }

    @Override
    public Optional<Row> row(String negotiationId) {
        return selectRow("reading the read side of '" + negotiationId + "'", negotiationId,
                "last_sequence, checkpoint_sequence, amended_at",
                row -> Optional.of(new Row(row.getLong(1), row.getLong(2), row.getLong(3))));
    }

    /** The row's number and a look-up of the next one (an index probe); the maximum only when a row is behind. */
    @Override
    public Optional<Long> lastStored(String negotiationId, Optional<Row> row) {
        Optional<Long> last = row.map(Row::lastSequence);
        return query("reading the last sequence number of '" + negotiationId + "'", connection -> {
            if (last.isPresent()) {
                try (PreparedStatement select = connection.prepareStatement(storedAt)) {
                    select.setString(1, negotiationId);
                    select.setLong(2, last.get() + 1);
                    try (ResultSet next = select.executeQuery()) {
                        if (!next.next()) {
                            return last;
                        }
                    }
                }
            }
            try (PreparedStatement select = connection.prepareStatement(lastStoredInEvents)) {
                select.setString(1, negotiationId);
                try (ResultSet max = select.executeQuery()) {
                    long found = max.next() ? max.getLong(1) : 0;
                    return max.wasNull() ? Optional.<Long>empty() : Optional.of(found);
                }
            }
        });
    }

    @Override
    public Optional<Checkpoint> checkpoint(String negotiationId) {
        return selectRow("reading the checkpoint of '" + negotiationId + "'", negotiationId,
                "checkpoint_sequence, checkpoint_format, checkpoint", row -> row.getLong(1) < 0 ? Optional.empty()
                        : decode(negotiationId, row.getLong(1), row.getString(2), row.getString(3)));
    }

    private interface RowReader<T> {
        Optional<T> read(ResultSet row) throws SQLException;
    }

    /** Reads columns of one negotiation's row; empty when it has none. */
    private <T> Optional<T> selectRow(String doing, String negotiationId, String columns, RowReader<T> reader) {
        return query(doing, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + columns + " FROM " + table
                    + " WHERE negotiation_id = ?")) {
                select.setString(1, negotiationId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? reader.read(row) : Optional.<T>empty();
                }
            }
        });
    }

    private Optional<Checkpoint> decode(String negotiationId, long sequence, String format, String text) {
        String problem;
        if (text == null || !CHECKPOINT_FORMAT.equals(format)) {
            problem = "is of format '" + format + "', not '" + CHECKPOINT_FORMAT + "'";
        } else {
            CheckpointText.Checked checked = CheckpointText.check(text, sequence);
            problem = checked.problem();
            if (problem == null) {
                try {
                    return Optional.of(new Checkpoint(sequence,
                            ParleyJson.codec().read(checked.json(), NegotiationState.class)));
                } catch (RuntimeException e) {
                    problem = "cannot be read (" + firstLine(e.getMessage()) + ")";
                }
            }
        }
        if (discarded.add(negotiationId + "@" + sequence)) {
            warnings.accept("the read side's checkpoint of negotiation '" + negotiationId + "' at sequence "
                    + sequence + " " + problem + "; it is discarded, and the state re-folded from the stored "
                    + "developments and written back as a new checkpoint");
        }
        return Optional.empty();
    }

    @Override
    public void save(String negotiationId, long lastSequence, NegotiationState checkpoint, boolean amended) {
        String json = checkpoint == null ? null : CheckpointText.of(lastSequence, checkpoint);
        query("saving the read side of '" + negotiationId + "'", connection -> {
            String update = "UPDATE " + table + " SET last_sequence = ?" + (amended ? ", amended_at = ?" : "")
                    + (json != null ? ", checkpoint_sequence = ?, checkpoint_format = ?, checkpoint = ?" : "")
                    + " WHERE negotiation_id = ?";
            try (PreparedStatement statement = connection.prepareStatement(update)) {
                int p = 1;
                statement.setLong(p++, lastSequence);
                if (amended) {
                    statement.setLong(p++, lastSequence);
                }
                if (json != null) {
                    statement.setLong(p++, lastSequence);
                    statement.setString(p++, CHECKPOINT_FORMAT);
                    statement.setString(p++, json);
                }
                statement.setString(p, negotiationId);
                if (statement.executeUpdate() > 0) {
                    return null;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table
                    + " (negotiation_id, last_sequence, amended_at, checkpoint_sequence, checkpoint_format, "
                    + "checkpoint) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, negotiationId);
                insert.setLong(2, lastSequence);
                insert.setLong(3, amended ? lastSequence : -1);
                insert.setLong(4, json != null ? lastSequence : -1);
                insert.setString(5, json != null ? CHECKPOINT_FORMAT : null);
                insert.setString(6, json);
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<String> negotiations() {
        return query("listing negotiations", connection -> {
            List<String> ids = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(storedNegotiations)) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            // The database's collation may sort otherwise than Java, which every other list of Parley's follows.
            return ids.stream().sorted().toList();
        });
    }

    @Override
    public void repair(String negotiationId, Checkpoint checkpoint) {
        String text = CheckpointText.of(checkpoint.sequence(), checkpoint.state());
        query("repairing the read side of '" + negotiationId + "'", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET last_sequence = "
                    + "GREATEST(last_sequence, ?), checkpoint_sequence = ?, checkpoint_format = ?, checkpoint = ? "
                    + "WHERE negotiation_id = ?")) {
                update.setLong(1, checkpoint.sequence());
                update.setLong(2, checkpoint.sequence());
                update.setString(3, CHECKPOINT_FORMAT);
                update.setString(4, text);
                update.setString(5, negotiationId);
                if (update.executeUpdate() > 0) {
                    return null;
                }
            }
            // No row (deleted, or never written by a tool that appended): a writer may insert one meanwhile,
            // which then says at least as much as this one.
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table
                    + " (negotiation_id, last_sequence, amended_at, checkpoint_sequence, checkpoint_format, "
                    + "checkpoint) SELECT ?, ?, -1, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM " + table
                    + " WHERE negotiation_id = ?)")) {
                insert.setString(1, negotiationId);
                insert.setLong(2, checkpoint.sequence());
                insert.setLong(3, checkpoint.sequence());
                insert.setString(4, CHECKPOINT_FORMAT);
                insert.setString(5, text);
                insert.setString(6, negotiationId);
                insert.executeUpdate();
            } catch (SQLException raced) {
                if (!String.valueOf(raced.getSQLState()).startsWith("23")) {
                    throw raced;   // not the unique key a concurrent writer's row took first
                }
            }
            return null;
        });
    }

    @Override
    public void addMissing() {
        query("adding the read side's missing negotiations", connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate(fillMissing);
            }
            return null;
        });
    }

    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private <T> T query(String doing, Work<T> work) {
        try (Connection connection = connections.getConnection()) {
            return work.on(connection);
        } catch (SQLException e) {
            throw new StoreException(doing + " failed: " + e.getMessage(), e);
        }
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message);
        int newline = text.indexOf('\n');
        return newline >= 0 ? text.substring(0, newline) : text;
    }
}
