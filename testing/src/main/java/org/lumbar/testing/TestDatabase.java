package org.lumbar.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server of a test JVM: the one {@code -Dlumbar.db.url} names (CI's server, with
 * {@code -Plumbar-postgresql}), or else a real PostgreSQL started once from the binaries on Maven Central, as
 * {@code ./run.sh} starts it. Tests do not need crash durability, so this one runs with fsync off.
 */
public final class TestDatabase {

    private static EmbeddedPostgres embedded;
    private static String url;

    private TestDatabase() {
    }

    /** JDBC URL of the test database; each service keeps its tables in its own schema there. */
    public static synchronized String url() {
        if (url == null) {
            String given = System.getProperty("lumbar.db.url", "");
            url = given.isBlank() ? startEmbedded() : given;
        }
        return url;
    }

    public static String user() {
        return System.getProperty("lumbar.db.user", "postgres");
    }

    public static String password() {
        return System.getProperty("lumbar.db.password", "");
    }

    /** Quarkus datasource settings pointing at {@link #url()}. */
    public static Map<String, String> datasourceConfig() {
        return Map.of(
                "quarkus.datasource.jdbc.url", url(),
                "quarkus.datasource.username", user(),
                "quarkus.datasource.password", password());
    }

    /** A new, empty database on the same server, for a platform of its own (system tests). */
    public static String createDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(url(), user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name + " at " + url(), e);
        }
        return url().replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
    }

    private static String startEmbedded() {
        try {
            Path data = Files.createTempDirectory("lumbar-test-postgres-");
            embedded = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(true)
                    .setServerConfig("max_connections", "300")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stop));
            return "jdbc:postgresql://localhost:" + embedded.getPort() + "/postgres";
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL for tests", e);
        }
    }

    private static synchronized void stop() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                // the JVM is going away; the server's own shutdown hook follows
            }
            embedded = null;
        }
    }
}
