package org.lectern.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first instructor from {@code lectern.initial-instructor.*} when no instructor exists yet, so that a
 * production start without the demo profile can be administered.
 */
@Component
@Order(1)
class InitialInstructor implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialInstructor.class);

    private final Accounts accounts;
    private final String username;
    private final String password;
    private final String displayName;

    InitialInstructor(Accounts accounts,
                      @Value("${lectern.initial-instructor.username:}") String username,
                      @Value("${lectern.initial-instructor.password:}") String password,
                      @Value("${lectern.initial-instructor.display-name:Instructor}") String displayName) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
        this.displayName = displayName;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyWithRole(Role.INSTRUCTOR)) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            log.warn("No instructor account exists. Set lectern.initial-instructor.username and "
                    + "lectern.initial-instructor.password, or start with the demo profile.");
            return;
        }
        accounts.create(username, displayName, password, Role.INSTRUCTOR);
        log.info("Created the first instructor account '{}'.", Accounts.normalise(username));
    }
}
