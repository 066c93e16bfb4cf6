package org.lectern.support;

import java.util.concurrent.atomic.AtomicLong;
import org.lectern.security.Accounts;
import org.lectern.security.Role;
import org.lectern.security.SignedInUser;

/** Accounts with unique user names, because every test context shares one database across its test classes. */
public final class TestAccounts {

    private static final AtomicLong COUNTER = new AtomicLong(System.nanoTime());

    private TestAccounts() {
    }

    public static SignedInUser instructor(Accounts accounts, String name) {
        return accounts.create(unique(name), name, "secret-password", Role.INSTRUCTOR);
    }

    public static SignedInUser student(Accounts accounts, String name) {
        return accounts.create(unique(name), name, "secret-password", Role.STUDENT);
    }

    /** The account a {@code @WithMockUser} test signs in as, created on first use. */
    public static SignedInUser signedIn(Accounts accounts, String username, Role role) {
        return accounts.findByUsername(username)
                .orElseGet(() -> accounts.create(username, username, "secret-password", role));
    }

    private static String unique(String name) {
        return name.toLowerCase().replaceAll("[^a-z]", "") + "-" + COUNTER.incrementAndGet();
    }
}
