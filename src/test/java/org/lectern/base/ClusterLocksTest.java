package org.lectern.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database locks that let several nodes share one database: start-up work one node at a time, a periodic job one
 * node per turn. Each "node" here is an instance of its own on its own connection, as two JVMs would have.
 */
@Tag("postgresql")
@SpringBootTest
class ClusterLocksTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSecondNodesStartUpWorkWaitsUntilTheFirstNodeHasFinishedItsOwn() throws Exception {
        var first = new StartupLock(dataSource);
        var second = new StartupLock(dataSource);
        first.run(null);

        var secondStarts = CompletableFuture.runAsync(() -> {
            try {
                second.run(null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(500);
        assertThat(secondStarts).as("the second node waits while the first holds the start-up lock").isNotDone();

        first.release();
        secondStarts.get(10, TimeUnit.SECONDS);
        second.release();
    }

    @Test
    void ofTwoNodesClaimingAJobOnlyOneRunsItUntilItsLeaseEnds() throws Exception {
        var job = "test-job-" + System.nanoTime();
        jdbc.sql("insert into cluster_locks (name) values (?)").param(job).update();
        var nodeA = new JobLease(jdbc, "a");
        var nodeB = new JobLease(jdbc, "b");

        assertThat(nodeA.claim(job, Duration.ofMillis(700))).isTrue();
        assertThat(nodeB.claim(job, Duration.ofMillis(700))).as("held by node a").isFalse();
        assertThat(nodeA.claim(job, Duration.ofMillis(700))).as("held, even by the node itself").isFalse();
        assertThat(jdbc.sql("select locked_by from cluster_locks where name = ?").param(job).query(String.class)
                .single()).isEqualTo("a");

        Thread.sleep(800);
        assertThat(nodeB.claim(job, Duration.ofMillis(700))).as("the lease has ended").isTrue();
    }
}
