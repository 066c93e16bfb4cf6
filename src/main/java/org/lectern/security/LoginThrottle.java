package org.lectern.security;

import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Locks a user name for {@link #LOCK_TIME} after {@link #MAX_FAILURES} failed sign-ins within {@link #WINDOW}.
 * <p>
 * It counts by user name whether or not an account has that name, so that a lock never tells an attacker which names
 * exist. The count and the lock are shared by every node through the database.
 */
@Component
public class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(5);
    public static final Duration LOCK_TIME = Duration.ofMinutes(5);

    private final FailureThrottle throttle;

    LoginThrottle(Throttles throttles) {
        this.throttle = throttles.create("sign-in", MAX_FAILURES, WINDOW, LOCK_TIME);
    }

    public boolean isLocked(String username) {
        return throttle.isLocked(Accounts.normalise(username));
    }

    public void recordFailure(String username) {
        throttle.recordFailure(Accounts.normalise(username));
    }

    public void recordSuccess(String username) {
        throttle.recordSuccess(Accounts.normalise(username));
    }
}
