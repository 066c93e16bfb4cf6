package org.lectern.base;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes the start-up work of every module (demo accounts, the first instructor, the seed course, the demo class) run
 * on one node at a time. Each of those steps checks what exists and then creates what is missing; two nodes starting
 * together on one database would both find nothing and create everything twice, or fail on a unique key.
 * <p>
 * Before the first start-up step this node takes the database row {@code cluster_locks('startup')} with
 * {@code SELECT ... FOR UPDATE} on a connection of its own, and holds it until the last step is done. A second node
 * waits there, then finds the work done and skips it. A node that dies while holding the row loses its connection,
 * and the database releases the lock.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupLock implements ApplicationRunner, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

    private final DataSource dataSource;
    private Connection held;

    StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public synchronized void run(ApplicationArguments args) throws SQLException {
        var started = System.nanoTime();
        var connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            try (var statement = connection.prepareStatement(
                    "select name from cluster_locks where name = 'startup' for update")) {
                statement.executeQuery().close();
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        held = connection;
        var waitedMillis = (System.nanoTime() - started) / 1_000_000;
        if (waitedMillis > 100) {
            log.info("Waited {} ms for another node to finish its start-up work.", waitedMillis);
        }
    }

    /** Lets the next node do its start-up work; this node's is done. */
    synchronized void release() throws SQLException {
        if (held == null) {
            return;
        }
        try (var connection = held) {
            held = null;
            connection.commit();
        }
    }

    @Override
    public void destroy() throws SQLException {
        release();
    }

    /** Runs after every other start-up step and lets the lock go. */
    @Component
    @Order(Ordered.LOWEST_PRECEDENCE)
    static class Release implements ApplicationRunner {

        private final StartupLock lock;

        Release(StartupLock lock) {
            this.lock = lock;
        }

        @Override
        public void run(ApplicationArguments args) throws SQLException {
            lock.release();
        }
    }
}
