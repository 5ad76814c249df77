package io.camelmws.component.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * Creates the component's tables when they are absent. Instances of one deployment start together, and PostgreSQL's
 * {@code CREATE TABLE IF NOT EXISTS} is not safe against a concurrent creation of the same table (one of them fails on
 * the catalog's unique index): on PostgreSQL the statements run under a transaction-scoped advisory lock, elsewhere a
 * failed creation is checked by looking for the table.
 */
final class Tables {

    /** The advisory lock the instances serialise their table creation on (an arbitrary constant: "mws" in ASCII). */
    static final long CREATION_LOCK = 0x6d7773L;

    private Tables() {
    }

    static boolean isPostgreSql(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        }
    }

    /** Runs {@code statements} (each {@code IF NOT EXISTS}) once, whoever else runs them at the same time. */
    static void create(DataSource dataSource, String table, String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                if (postgres) {
                    statement.execute("SELECT pg_advisory_xact_lock(" + CREATION_LOCK + ")");
                }
                for (String sql : statements) {
                    statement.execute(sql);
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                if (!exists(connection, table)) {
                    throw new SQLException("Could not create table " + table + ": " + e.getMessage(), e.getSQLState(), e);
                }
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (var tables = connection.getMetaData().getTables(null, null, table, null)) {
            if (tables.next()) {
                return true;
            }
        }
        try (var tables = connection.getMetaData().getTables(null, null, table.toUpperCase(java.util.Locale.ROOT), null)) {
            return tables.next();
        }
    }
}
