package org.lectern.assignment.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Lists fetch each assignment's lessons in the same statement; the named students of a list's assignments come in
 * batches ({@code hibernate.default_batch_fetch_size}).
 */
public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    @EntityGraph(attributePaths = "lessons")
    List<Assignment> findByOwnerId(long ownerId);

    @EntityGraph(attributePaths = "lessons")
    List<Assignment> findByClassIdIn(Collection<Long> classIds);

    @EntityGraph(attributePaths = "lessons")
    @Query("select a from Assignment a join a.studentIds s where s = :studentId")
    List<Assignment> findByStudent(@Param("studentId") long studentId);

    /** One assigned lesson with its assignment, in one statement, without the assignment's other lessons. */
    @Query("select l from AssignmentLesson l join fetch l.assignment where l.id = :id")
    Optional<AssignmentLesson> findLessonById(@Param("id") long assignedLessonId);

    /** 1 when the assignment names the student as a recipient, else 0. */
    @Query("select count(a) from Assignment a join a.studentIds s where a.id = :id and s = :studentId")
    long countNamed(@Param("id") long assignmentId, @Param("studentId") long studentId);
}
