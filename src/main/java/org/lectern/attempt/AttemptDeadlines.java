package org.lectern.attempt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.lectern.assignment.StudentAssignment;
import org.lectern.attempt.domain.AttemptRepository;
import org.lectern.attempt.domain.SubmittedBy;
import org.lectern.base.JobLease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Holds time limits and due dates on the server: an attempt still open past its deadline plus the grace is submitted
 * from its saved answers, whether or not a browser is still showing it. Runs every few seconds
 * ({@code lectern.attempts.deadline-check}); each attempt is closed in its own transaction under its row lock, so a
 * student's own submission at the same moment cannot score it twice.
 * <p>
 * In a cluster one node runs the job each turn: a turn starts by claiming the job's lease ({@link JobLease}) for one
 * interval, and a node that finds it held by another skips the turn. Should two nodes still overlap (a node stalled
 * past its lease), the row lock and the check for an attempt already submitted keep each submission to one.
 */
@Component
class AttemptDeadlines {

    private static final Logger log = LoggerFactory.getLogger(AttemptDeadlines.class);
    /** The job's row in {@code cluster_locks}. */
    static final String JOB = "attempt-deadlines";

    private final AttemptRepository attempts;
    private final StudentAssignmentLookup lookup;
    private final AttemptCloser closer;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final JobLease lease;
    private final Duration interval;

    AttemptDeadlines(AttemptRepository attempts, StudentAssignmentLookup lookup, AttemptCloser closer,
                     TransactionTemplate transactions, Clock clock, JobLease lease,
                     @Value("${lectern.attempts.deadline-check:PT5S}") Duration interval) {
        this.lease = lease;
        this.interval = interval;
        this.attempts = attempts;
        this.lookup = lookup;
        this.closer = closer;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** One turn of the job: runs it unless another node holds this turn's lease. */
    @Scheduled(fixedDelayString = "${lectern.attempts.deadline-check:PT5S}")
    void turn() {
        if (lease.claim(JOB, interval)) {
            submitOverdue();
        }
    }

    /** Submits every open attempt past its deadline; returns how many it submitted. */
    int submitOverdue() {
        var now = clock.instant();
        var assignments = new HashMap<List<Long>, Optional<StudentAssignment>>();
        var submitted = 0;
        for (var attempt : transactions.execute(status -> attempts.findOpen())) {
            var assigned = assignments.computeIfAbsent(List.of(attempt.getStudentId(), attempt.getAssignedLessonId()),
                    key -> lookup.find(attempt.getStudentId(), attempt.getAssignedLessonId()));
            var deadline = assigned.map(a -> Scores.deadline(attempt, a.rules()))
                    .or(attempt::getDeadlineAt).orElse(now);
            if (now.isAfter(deadline.plus(QuizAttempts.GRACE)) || assigned.isEmpty()) {
                submitted += close(attempt.getId(), deadline, assigned) ? 1 : 0;
            }
        }
        return submitted;
    }

    private boolean close(long attemptId, Instant deadline, Optional<StudentAssignment> assigned) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            var attempt = attempts.lockById(attemptId).filter(a -> !a.isSubmitted());
            if (attempt.isEmpty()) {
                return false; // the student submitted it meanwhile
            }
            // An assignment deleted or withdrawn meanwhile ends its open attempts as at a due date.
            var rules = assigned.map(StudentAssignment::rules);
            var by = rules.map(r -> QuizAttempts.endedBy(attempt.get(), r)).orElse(SubmittedBy.DUE_DATE);
            closer.close(attempt.get(), deadline, by,
                    rules.map(r -> AttemptCloser.practiceFrom(r, deadline)).orElse(deadline));
            log.info("Attempt {} submitted at its deadline {} from its saved answers", attemptId, deadline);
            return true;
        }));
    }
}
