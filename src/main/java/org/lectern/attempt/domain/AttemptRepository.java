package org.lectern.attempt.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AttemptRepository extends JpaRepository<Attempt, Long> {

    /** The attempt with its row locked until the transaction ends: answers and submission take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Attempt a where a.id = :id")
    Optional<Attempt> lockById(@Param("id") long id);

    /**
     * The assigned lesson of a student's attempt, read without loading or locking the attempt: it never changes, so
     * what the attempt may do can be looked up before its row is locked.
     */
    @Query("select a.assignedLessonId from Attempt a where a.id = :id and a.studentId = :studentId")
    Optional<Long> findAssignedLessonId(@Param("id") long id, @Param("studentId") long studentId);

    List<Attempt> findByStudentIdOrderByStartedAt(long studentId);

    List<Attempt> findByAssignedLessonIdOrderByStartedAt(long assignedLessonId);

    List<Attempt> findByStudentIdAndAssignedLessonIdOrderByNumber(long studentId, long assignedLessonId);

    List<Attempt> findByAssignmentIdInOrderByStartedAt(Collection<Long> assignmentIds);

    /** Open attempts whose deadline passed before {@code cutoff}. */
    @Query("select a.id from Attempt a where a.submittedAt is null and a.deadlineAt < :cutoff")
    List<Long> findOpenPast(@Param("cutoff") Instant cutoff);

    /** Open attempts of these assigned lessons, to close when their due date passes. */
    @Query("select a from Attempt a where a.submittedAt is null")
    List<Attempt> findOpen();
}
