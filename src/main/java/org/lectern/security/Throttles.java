package org.lectern.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Makes the {@link FailureThrottle}s of every module, each under a name of its own, on the shared database. */
@Component
public class Throttles {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    Throttles(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * A throttle that locks a key for {@code lockTime} once it has {@code maxFailures} failures within
     * {@code window}; {@code name} keeps its keys apart from other throttles' (a user name and an address may look
     * alike).
     */
    public FailureThrottle create(String name, int maxFailures, Duration window, Duration lockTime) {
        return new FailureThrottle(jdbc, ownTransaction, clock, name, maxFailures, window, lockTime);
    }
}
