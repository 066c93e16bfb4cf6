package org.lectern.base;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lets one node of a cluster run a periodic job each turn: a node claims the job's row in {@code cluster_locks} for
 * a while, and the other nodes skip the job until that time has passed. The claim is one conditional {@code UPDATE},
 * so of two nodes claiming at once exactly one wins. Lease times are wall-clock times of the nodes, which are assumed
 * to agree to well under a lease.
 * <p>
 * The lease only spares the other nodes the work; a job must still be safe to run twice, since a node that stalls
 * past its lease may finish while another has begun (the deadline job locks each attempt's row and skips one already
 * submitted).
 */
@Component
public class JobLease {

    private final JdbcClient jdbc;
    private final Clock wallClock = Clock.systemUTC();
    private final String node;

    JobLease(JdbcClient jdbc, @Value("${lectern.node-name:}") String nodeName) {
        this.jdbc = jdbc;
        this.node = nodeName.isEmpty() ? ProcessHandle.current().pid() + "@" + hostName() : nodeName;
    }

    /** Claims the job for {@code lease} when no node holds it now; true when this node may run it. */
    public boolean claim(String job, Duration lease) {
        var now = wallClock.instant();
        return jdbc.sql("update cluster_locks set locked_until = ?, locked_by = ? "
                        + "where name = ? and (locked_until is null or locked_until <= ?)")
                .params(now.plus(lease).atOffset(ZoneOffset.UTC), node, job, now.atOffset(ZoneOffset.UTC))
                .update() == 1;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
