package io.camelmws.component.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * The workflow store in a database every instance reaches (the component's {@code dataSource} by default): one row
 * per workflow under way. Plain JDBC with portable types (times as epoch milliseconds); the table is created when
 * absent. An SQL failure is an {@link IllegalStateException} naming the table: the exchange that needed it fails,
 * nothing is sent to MWS without its record.
 */
public final class JdbcWorkflowStore implements MwsWorkflowStore {

    /** The table of the workflows under way, created when absent. */
    public static final String TABLE = "mws_workflow";
    private static final String COLUMNS = "record_id, seller_key, kind, write_action, request_key, parameters, mws_id, started_at, owner, heartbeat_at";

    private final DataSource dataSource;

    private JdbcWorkflowStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The store over {@code dataSource}, its table created if absent. */
    public static JdbcWorkflowStore create(DataSource dataSource) throws SQLException {
        Tables.create(dataSource, TABLE,
                "CREATE TABLE IF NOT EXISTS " + TABLE + " (record_id VARCHAR(64) PRIMARY KEY, seller_key VARCHAR(512) NOT NULL,"
                + " kind VARCHAR(16) NOT NULL, write_action VARCHAR(64) NOT NULL, request_key VARCHAR(128) NOT NULL,"
                + " parameters VARCHAR(4000) NOT NULL, mws_id VARCHAR(64), started_at BIGINT NOT NULL, owner VARCHAR(64) NOT NULL,"
                + " heartbeat_at BIGINT NOT NULL)",
                "CREATE INDEX IF NOT EXISTS " + TABLE + "_seller ON " + TABLE + " (seller_key)");
        return new JdbcWorkflowStore(dataSource);
    }

    @Override
    public void add(WorkflowRecord record) {
        update("INSERT INTO " + TABLE + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
            statement.setString(1, record.recordId());
            statement.setString(2, record.sellerKey());
            statement.setString(3, record.kind());
            statement.setString(4, record.writeAction());
            statement.setString(5, record.requestKey());
            statement.setString(6, record.parameters());
            statement.setString(7, record.mwsId());
            statement.setLong(8, record.startedAt().toEpochMilli());
            statement.setString(9, record.owner());
            statement.setLong(10, record.heartbeatAt().toEpochMilli());
        });
    }

    @Override
    public void started(String recordId, String mwsId) {
        update("UPDATE " + TABLE + " SET mws_id = ? WHERE record_id = ?", statement -> {
            statement.setString(1, mwsId);
            statement.setString(2, recordId);
        });
    }

    @Override
    public boolean claim(WorkflowRecord expected, String owner, Instant now, Instant restartedAt) {
        return update("UPDATE " + TABLE + " SET owner = ?, heartbeat_at = ?, started_at = ? WHERE record_id = ? AND owner = ? AND heartbeat_at = ?",
                statement -> {
                    statement.setString(1, owner);
                    statement.setLong(2, now.toEpochMilli());
                    statement.setLong(3, (restartedAt != null ? restartedAt : expected.startedAt()).toEpochMilli());
                    statement.setString(4, expected.recordId());
                    statement.setString(5, expected.owner());
                    statement.setLong(6, expected.heartbeatAt().toEpochMilli());
                }) == 1;
    }

    @Override
    public void heartbeat(String owner, Instant now) {
        update("UPDATE " + TABLE + " SET heartbeat_at = ? WHERE owner = ?", statement -> {
            statement.setLong(1, now.toEpochMilli());
            statement.setString(2, owner);
        });
    }

    @Override
    public void remove(String recordId) {
        update("DELETE FROM " + TABLE + " WHERE record_id = ?", statement -> statement.setString(1, recordId));
    }

    @Override
    public int removeStartedBefore(Instant before) {
        return update("DELETE FROM " + TABLE + " WHERE started_at < ?", statement -> statement.setLong(1, before.toEpochMilli()));
    }

    @Override
    public List<WorkflowRecord> ofSeller(String sellerKey) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS + " FROM " + TABLE
                                                                        + " WHERE seller_key = ? ORDER BY started_at")) {
            statement.setString(1, sellerKey);
            List<WorkflowRecord> records = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    records.add(new WorkflowRecord(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5),
                            rows.getString(6), rows.getString(7), Instant.ofEpochMilli(rows.getLong(8)), rows.getString(9),
                            Instant.ofEpochMilli(rows.getLong(10))));
                }
            }
            return records;
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    @Override
    public String describe() {
        return "jdbc (table " + TABLE + ")";
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private int update(String sql, Binder binder) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            int rows = statement.executeUpdate();
            if (!connection.getAutoCommit()) {
                // A pool configured without auto-commit would otherwise roll the change back when the connection returns.
                connection.commit();
            }
            return rows;
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    private static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("Could not " + what + " the MWS workflow store (table " + TABLE + "): " + e.getMessage(), e);
    }
}
