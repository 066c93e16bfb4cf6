package org.lectern;

import java.sql.SQLException;
import java.util.List;
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
     * Whether a failure to start is H2 refusing a database file that a running Lectern holds. Only H2 locks a file
     * like that; a PostgreSQL server takes many clients, so no PostgreSQL error ever reads as this one.
     */
    static boolean databaseInUse(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && H2_DATABASE_ALREADY_OPEN.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** H2's state (and error code) for "Database may be already in use", {@code ErrorCode.DATABASE_ALREADY_OPEN_1}. */
    private static final String H2_DATABASE_ALREADY_OPEN = "90020";

    static final String DATABASE_IN_USE =
            "the database is in use by a running Lectern; stop it first, or pass --lectern.data-dir=...";
}
