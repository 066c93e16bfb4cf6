package org.lectern;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Lectern's services without a web server, for the commands: the same database, no seeds, a quiet log. */
final class CommandContext {

    private CommandContext() {
    }

    /** Starts Spring with the {@code --name=value} arguments the user gave; close it when done. */
    static ConfigurableApplicationContext start(List<String> springArgs) {
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("lectern.seeds-dir=", "spring.main.banner-mode=off",
                        "logging.config=classpath:logback-cli.xml",
                        // No web server, so none of Vaadin's servlet set-up either.
                        "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,"
                                + "com.vaadin.flow.spring.VaadinScopesConfig")
                .run(springArgs.toArray(String[]::new));
    }

    /**
     * One sentence for a failure that lies with the database rather than the command: H2's file held by a running
     * Lectern, the postgres profile without its environment variables, or a database server that refused the
     * connection (the driver's own message says why: wrong password, nothing listening, no such database).
     */
    static Optional<String> databaseProblem(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                if (H2_DATABASE_ALREADY_OPEN.equals(sql.getSQLState())) {
                    return Optional.of(DATABASE_IN_USE);
                }
                if (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("28")) {
                    return Optional.of("the database refused the connection (" + sql.getMessage()
                            + "); nothing was changed.");
                }
            }
            if (cause instanceof DatabaseSettings.Missing) {
                return Optional.of(DatabaseSettings.MISSING + "; nothing was changed.");
            }
        }
        return Optional.empty();
    }

    /**
     * H2's state (and error code) for "Database may be already in use", {@code ErrorCode.DATABASE_ALREADY_OPEN_1}.
     * Only H2 locks a database file like that; PostgreSQL's states (08: connection, 28: authorization) never match it.
     */
    private static final String H2_DATABASE_ALREADY_OPEN = "90020";

    static final String DATABASE_IN_USE =
            "the database is in use by a running Lectern; stop it first, or pass --lectern.data-dir=...";
}
