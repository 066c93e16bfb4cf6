package org.lectern.attempt;

import java.util.Optional;
import org.lectern.assignment.Assignments;
import org.lectern.assignment.StudentAssignment;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Finds an assigned lesson among those given to a student; anything else is refused as if it did not exist. */
@Component
class StudentAssignmentLookup {

    static final String NO_SUCH_LESSON = "There is no such lesson among yours.";

    private final Assignments assignments;

    StudentAssignmentLookup(Assignments assignments) {
        this.assignments = assignments;
    }

    StudentAssignment require(long studentId, long assignedLessonId) {
        return find(studentId, assignedLessonId).orElseThrow(() -> new AccessDeniedException(NO_SUCH_LESSON));
    }

    Optional<StudentAssignment> find(long studentId, long assignedLessonId) {
        return assignments.forStudent(studentId, assignedLessonId);
    }
}
