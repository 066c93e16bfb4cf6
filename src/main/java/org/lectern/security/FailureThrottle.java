package org.lectern.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Locks a key for a while after too many failures within a window: the rule behind the sign-in lock-out, for anything
 * that must not become a free guessing oracle (passwords by user name, join codes by address or account).
 * <p>
 * Failures and locks live in the database ({@code throttle_failures}, {@code throttle_locks}), so a lock set through
 * one node holds on every node of a cluster and survives a restart: N nodes do not give N times the guesses. Each
 * failure is written in a transaction of its own, so a caller's rollback (a refused sign-up) does not take the
 * failure back with it. Keys are compared exactly; callers normalise them. Made by {@link Throttles}.
 */
public final class FailureThrottle {

    /** Longer keys are cut: a key is a name, an address or an id, never text worth 250 characters. */
    private static final int MAX_KEY = 250;

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final String name;
    private final int maxFailures;
    private final Duration window;
    private final Duration lockTime;

    FailureThrottle(JdbcClient jdbc, TransactionTemplate ownTransaction, Clock clock, String name, int maxFailures,
                    Duration window, Duration lockTime) {
        this.jdbc = jdbc;
        this.ownTransaction = ownTransaction;
        this.clock = clock;
        this.name = name;
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockTime = lockTime;
    }

    public boolean isLocked(String key) {
        var now = clock.instant();
        return jdbc.sql("select locked_until from throttle_locks where throttle_key = ?")
                .param(stored(key)).query(OffsetDateTime.class).optional()
                .map(until -> now.isBefore(until.toInstant())).orElse(false);
    }

    public void recordFailure(String key) {
        var stored = stored(key);
        var now = clock.instant();
        var locks = Boolean.TRUE.equals(ownTransaction.execute(status -> {
            jdbc.sql("insert into throttle_failures (throttle_key, failed_at) values (?, ?)")
                    .params(stored, at(now)).update();
            // Failures age out of every window within a day; old rows of any key go with the newest failure.
            jdbc.sql("delete from throttle_failures where failed_at < ?")
                    .param(at(now.minus(window).minus(Duration.ofDays(1)))).update();
            var recent = jdbc.sql("select count(*) from throttle_failures where throttle_key = ? and failed_at > ?")
                    .params(stored, at(now.minus(window))).query(Long.class).single();
            return recent >= maxFailures;
        }));
        if (locks) {
            lock(stored, now.plus(lockTime));
        }
    }

    public void recordSuccess(String key) {
        ownTransaction.executeWithoutResult(status ->
                jdbc.sql("delete from throttle_failures where throttle_key = ?").param(stored(key)).update());
    }

    private void lock(String stored, Instant until) {
        try {
            ownTransaction.executeWithoutResult(status -> {
                jdbc.sql("delete from throttle_failures where throttle_key = ?").param(stored).update();
                if (jdbc.sql("update throttle_locks set locked_until = ? where throttle_key = ?")
                        .params(at(until), stored).update() == 0) {
                    jdbc.sql("insert into throttle_locks (throttle_key, locked_until) values (?, ?)")
                            .params(stored, at(until)).update();
                }
            });
        } catch (DataIntegrityViolationException e) {
            // Another node inserted the same lock at the same moment: set its time in a transaction of its own.
            ownTransaction.executeWithoutResult(status ->
                    jdbc.sql("update throttle_locks set locked_until = ? where throttle_key = ?")
                            .params(at(until), stored).update());
        }
    }

    private String stored(String key) {
        var full = name + ":" + key;
        return full.length() <= MAX_KEY ? full : full.substring(0, MAX_KEY);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
