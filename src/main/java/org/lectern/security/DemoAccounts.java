package org.lectern.security;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In the {@code demo} profile, gives an empty database one instructor and three students and logs how to sign in.
 * Without that profile this class does not exist, so no demo account is ever created.
 */
@Component
@Profile("demo")
@Order(0)
class DemoAccounts implements ApplicationRunner {

    /** The demo accounts; the README lists the same names and password. */
    static final String PASSWORD = "lectern-demo";
    static final List<Demo> ACCOUNTS = List.of(
            new Demo("teacher", "Tess Teacher", Role.INSTRUCTOR),
            new Demo("student", "Sam Student", Role.STUDENT),
            new Demo("amira", "Amira Haddad", Role.STUDENT),
            new Demo("jonas", "Jonas Berg", Role.STUDENT));

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final Accounts accounts;

    DemoAccounts(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() == 0) {
            ACCOUNTS.forEach(demo -> accounts.create(demo.username(), demo.displayName(), PASSWORD, demo.role()));
            log.info("Demo profile: created {} demo accounts.", ACCOUNTS.size());
        }
        ACCOUNTS.forEach(demo -> log.info("Demo account: {} {} / {} ({})",
                demo.role() == Role.INSTRUCTOR ? "instructor" : "student   ", demo.username(), PASSWORD,
                demo.displayName()));
    }

    record Demo(String username, String displayName, Role role) {
    }
}
