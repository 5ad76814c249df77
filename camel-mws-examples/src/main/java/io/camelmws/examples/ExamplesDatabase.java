package io.camelmws.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

/**
 * The H2 database the showcase writes orders, order items and report rows to: a file under the work directory, so
 * that a second run adds to what the first one stored. Its tables are created from {@code sql/schema.sql}.
 */
public final class ExamplesDatabase {

    private final JdbcDataSource dataSource = new JdbcDataSource();

    /** Opens (or creates) the database in {@code directory} and its tables. */
    public ExamplesDatabase(Path directory) {
        // DB_CLOSE_DELAY=-1: kept open between connections, each SQL call of a route takes one without a pool.
        dataSource.setURL("jdbc:h2:file:" + directory.toAbsolutePath().resolve("examples") + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        execute(schema());
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The rows of one table. */
    public long count(String table) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the rows of " + table + ": " + e.getMessage(), e);
        }
    }

    /** Closes the database file, so that another process (a test) may open it. */
    public void shutdown() {
        execute("SHUTDOWN");
    }

    private void execute(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("The examples database refused: " + e.getMessage(), e);
        }
    }

    private static String schema() {
        try (InputStream in = ExamplesDatabase.class.getResourceAsStream("/sql/schema.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
