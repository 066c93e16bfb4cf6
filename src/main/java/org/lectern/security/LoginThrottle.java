package org.lectern.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Locks a user name for {@link #LOCK_TIME} after {@link #MAX_FAILURES} failed sign-ins within {@link #WINDOW}.
 * <p>
 * It counts by user name whether or not an account has that name, so that a lock never tells an attacker which names
 * exist. State is kept in memory: a restart lifts every lock, which is acceptable for a single-node app and keeps
 * failed guesses from writing to the database.
 */
@Component
public class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(5);
    public static final Duration LOCK_TIME = Duration.ofMinutes(5);

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Instant> lockedUntil = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean isLocked(String username) {
        var until = lockedUntil.get(Accounts.normalise(username));
        if (until == null) {
            return false;
        }
        if (clock.instant().isBefore(until)) {
            return true;
        }
        lockedUntil.remove(Accounts.normalise(username), until);
        return false;
    }

    public void recordFailure(String username) {
        var name = Accounts.normalise(username);
        var now = clock.instant();
        failures.compute(name, (key, times) -> {
            var recent = times == null ? new ArrayDeque<Instant>() : times;
            recent.addLast(now);
            while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(WINDOW))) {
                recent.removeFirst();
            }
            if (recent.size() >= MAX_FAILURES) {
                lockedUntil.put(key, now.plus(LOCK_TIME));
                return null;
            }
            return recent;
        });
        forgetStaleEntries(now);
    }

    public void recordSuccess(String username) {
        failures.remove(Accounts.normalise(username));
    }

    // Guesses at many different names would otherwise grow the maps without bound.
    private void forgetStaleEntries(Instant now) {
        if (failures.size() + lockedUntil.size() < 10_000) {
            return;
        }
        failures.values().removeIf(times -> times.isEmpty() || !times.peekLast().isAfter(now.minus(WINDOW)));
        lockedUntil.values().removeIf(until -> !now.isBefore(until));
    }
}
