package org.lectern.assignment;

import java.time.Instant;
import java.util.List;

/** An assignment as its instructor sees it. */
public record AssignmentDetails(long id, long ownerId, String title, List<AssignedLesson> lessons, Recipients recipients,
                                AssignmentRules rules, Instant updatedAt) {

    public AssignmentDetails {
        lessons = List.copyOf(lessons);
    }

    public List<Long> lessonIds() {
        return lessons.stream().map(AssignedLesson::lessonId).toList();
    }
}
