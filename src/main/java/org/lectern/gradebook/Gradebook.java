package org.lectern.gradebook;

import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.lectern.assignment.AssignmentDetails;
import org.lectern.assignment.Assignments;
import org.lectern.attempt.AttemptRecords;
import org.lectern.attempt.LessonAttempts;
import org.lectern.classroom.Classes;
import org.lectern.security.Accounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An instructor's gradebook: their students against the lessons they assigned, each cell the student's status and
 * the score that counts by the assignment's rule. Read fresh on every call; only the instructor's own classes,
 * assignments and attempts go in, so nothing of another instructor's can come out.
 */
@Service
@Transactional(readOnly = true)
public class Gradebook {

    private final Assignments assignments;
    private final AttemptRecords records;
    private final Classes classes;
    private final Accounts accounts;
    private final Clock clock;

    Gradebook(Assignments assignments, AttemptRecords records, Classes classes, Accounts accounts, Clock clock) {
        this.assignments = assignments;
        this.records = records;
        this.classes = classes;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * The sheet narrowed by the filter.
     *
     * @throws org.springframework.security.access.AccessDeniedException when the class is not one of theirs
     */
    public GradebookSheet sheet(long instructorId, GradebookFilter filter) {
        var owned = assignments.ownedBy(instructorId);
        var attempts = records.scoresFor(owned, instructorId);
        var roster = roster(instructorId, owned, attempts);
        return new SheetBuilder(roster, owned, attempts, clock.instant()).build(filter);
    }

    /** One attempt for review, refused like a missing one when it is not at one of the instructor's assignments. */
    public ReviewPage review(long attemptId, long instructorId) {
        var review = records.review(attemptId, instructorId);
        var student = accounts.findById(review.shown().studentId());
        return new ReviewPage(student.map(s -> s.displayName()).orElse("Unknown student"),
                student.map(s -> s.username()).orElse(""), review);
    }

    Roster roster(long instructorId, List<AssignmentDetails> owned, List<LessonAttempts> attempts) {
        var named = owned.stream().flatMap(a -> a.recipients().studentIds().stream());
        var tried = attempts.stream().map(LessonAttempts::studentId);
        return Roster.of(classes.rostersOf(instructorId), accounts, Stream.concat(named, tried).toList());
    }
}
