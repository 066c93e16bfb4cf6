package org.lectern.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lectern.support.MutableClock;
import org.lectern.support.MutableClockConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/** The sign-in lock-out, kept in the database: on H2 and, tagged postgresql, on PostgreSQL. */
@Tag("postgresql")
@SpringBootTest
@Import(MutableClockConfig.class)
class LoginThrottleTest {

    private static final AtomicLong COUNTER = new AtomicLong();

    @Autowired
    MutableClock clock;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    Throttles throttles;
    @Autowired
    TransactionTemplate transactions;

    // The throttle's rows live as long as the test database: each test counts for a name of its own.
    String ada;
    String ben;

    @BeforeEach
    void freshNames() {
        ada = ada + COUNTER.incrementAndGet();
        ben = "ben" + COUNTER.incrementAndGet();
    }

    @Test
    void locksANameAfterFiveFailuresWithinFiveMinutes() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(ada);
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.isLocked(ada)).isFalse();

        throttle.recordFailure(ada);

        assertThat(throttle.isLocked(ada)).isTrue();
        assertThat(throttle.isLocked(ada.toUpperCase() + " ")).as("names compare without case and spaces").isTrue();
        assertThat(throttle.isLocked(ben)).isFalse();
    }

    @Test
    void liftsTheLockAfterFiveMinutes() {
        fail(5);
        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertThat(throttle.isLocked(ada)).isTrue();

        clock.advance(Duration.ofSeconds(1));

        assertThat(throttle.isLocked(ada)).isFalse();
    }

    @Test
    void forgetsFailuresOlderThanTheWindow() {
        fail(4);
        clock.advance(Duration.ofMinutes(5));

        throttle.recordFailure(ada);

        assertThat(throttle.isLocked(ada)).isFalse();
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailures() {
        fail(4);
        throttle.recordSuccess(ada);

        throttle.recordFailure(ada);

        assertThat(throttle.isLocked(ada)).isFalse();
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(ada);
        }
    }

    @Test
    void aLockSetThroughOneInstanceHoldsForAnother() {
        // What two nodes do: each has its own throttle objects on the one database.
        var otherNode = new LoginThrottle(throttles);
        fail(5);

        assertThat(otherNode.isLocked(ada)).isTrue();
    }

    @Test
    void aFailureCountsEvenWhenTheCallersTransactionRollsBack() {
        // A refused sign-up rolls its transaction back; the wrong code it counted must stay counted.
        for (int i = 0; i < 5; i++) {
            transactions.executeWithoutResult(status -> {
                throttle.recordFailure(ada);
                status.setRollbackOnly();
            });
        }

        assertThat(throttle.isLocked(ada)).isTrue();
    }

    @Test
    void throttlesWithOtherNamesKeepTheirKeysApart() {
        var codes = throttles.create("test-codes", 2, Duration.ofMinutes(5), Duration.ofMinutes(5));
        codes.recordFailure(ada);
        codes.recordFailure(ada);

        assertThat(codes.isLocked(ada)).isTrue();
        assertThat(throttle.isLocked(ada)).as("the sign-in throttle has no failure for this name").isFalse();
    }
}
