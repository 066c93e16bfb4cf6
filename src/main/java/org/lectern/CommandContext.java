package org.lectern;

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

    /** Whether a failure to start is H2 refusing a database file that a running Lectern holds. */
    static boolean databaseInUse(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage()).contains("already in use")) {
                return true;
            }
        }
        return false;
    }

    static final String DATABASE_IN_USE =
            "the database is in use by a running Lectern; stop it first, or pass --lectern.data-dir=...";
}
