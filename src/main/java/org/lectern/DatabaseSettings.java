package org.lectern;

import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * Stops a start with the postgres profile at once when its environment variables are missing. Spring would otherwise
 * pass the unresolved {@code ${LECTERN_DB_URL}} on to the connection pool, which fails later with a message that
 * names neither the profile nor the variables. Registered in {@code META-INF/spring.factories}, so the web app, the
 * commands and the tests all get the check. It runs once the context is prepared, after the initializers, so a test
 * that supplies the variables from an initializer passes it.
 */
class DatabaseSettings implements ApplicationListener<ApplicationPreparedEvent> {

    static final String MISSING = "the postgres profile needs the environment variables LECTERN_DB_URL and "
            + "LECTERN_DB_USER (and LECTERN_DB_PASSWORD where the server asks for one)";

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        var environment = event.getApplicationContext().getEnvironment();
        if (environment.acceptsProfiles(Profiles.of("postgres"))
                && (!StringUtils.hasText(environment.getProperty("LECTERN_DB_URL"))
                        || !StringUtils.hasText(environment.getProperty("LECTERN_DB_USER")))) {
            throw new Missing();
        }
    }

    /** The postgres profile without the variables it reads. */
    static final class Missing extends IllegalStateException {

        Missing() {
            super(MISSING);
        }
    }
}
