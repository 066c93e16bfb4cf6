package org.lectern.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.lectern.support.MutableClock;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-09-01T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void locksANameAfterFiveFailuresWithinFiveMinutes() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("ada");
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.isLocked("ada")).isFalse();

        throttle.recordFailure("ada");

        assertThat(throttle.isLocked("ada")).isTrue();
        assertThat(throttle.isLocked("ADA ")).as("names compare without case and spaces").isTrue();
        assertThat(throttle.isLocked("ben")).isFalse();
    }

    @Test
    void liftsTheLockAfterFiveMinutes() {
        fail(5);
        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertThat(throttle.isLocked("ada")).isTrue();

        clock.advance(Duration.ofSeconds(1));

        assertThat(throttle.isLocked("ada")).isFalse();
    }

    @Test
    void forgetsFailuresOlderThanTheWindow() {
        fail(4);
        clock.advance(Duration.ofMinutes(5));

        throttle.recordFailure("ada");

        assertThat(throttle.isLocked("ada")).isFalse();
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailures() {
        fail(4);
        throttle.recordSuccess("ada");

        throttle.recordFailure("ada");

        assertThat(throttle.isLocked("ada")).isFalse();
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure("ada");
        }
    }
}
