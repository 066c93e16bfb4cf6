package org.lectern.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Locks a key for a while after too many failures within a window: the rule behind the sign-in lock-out, for anything
 * that must not become a free guessing oracle (passwords by user name, join codes by address or account).
 * <p>
 * State is kept in memory: a restart lifts every lock, which is acceptable for a single-node app and keeps failed
 * guesses from writing to the database. Keys are compared exactly; callers normalise them.
 */
public final class FailureThrottle {

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration lockTime;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Instant> lockedUntil = new ConcurrentHashMap<>();

    public FailureThrottle(Clock clock, int maxFailures, Duration window, Duration lockTime) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockTime = lockTime;
    }

    public boolean isLocked(String key) {
        var until = lockedUntil.get(key);
        if (until == null) {
            return false;
        }
        if (clock.instant().isBefore(until)) {
            return true;
        }
        lockedUntil.remove(key, until);
        return false;
    }

    public void recordFailure(String key) {
        var now = clock.instant();
        failures.compute(key, (k, times) -> {
            var recent = times == null ? new ArrayDeque<Instant>() : times;
            recent.addLast(now);
            while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(window))) {
                recent.removeFirst();
            }
            if (recent.size() >= maxFailures) {
                lockedUntil.put(k, now.plus(lockTime));
                return null;
            }
            return recent;
        });
        forgetStaleEntries(now);
    }

    public void recordSuccess(String key) {
        failures.remove(key);
    }

    // Guesses under many different keys would otherwise grow the maps without bound.
    private void forgetStaleEntries(Instant now) {
        if (failures.size() + lockedUntil.size() < 10_000) {
            return;
        }
        failures.values().removeIf(times -> times.isEmpty() || !times.peekLast().isAfter(now.minus(window)));
        lockedUntil.values().removeIf(until -> !now.isBefore(until));
    }
}
