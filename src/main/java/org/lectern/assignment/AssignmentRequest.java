package org.lectern.assignment;

import java.util.List;
import java.util.Objects;

/** What an instructor asks to assign: lessons (of one or more courses), to whom, and how. */
public record AssignmentRequest(List<Long> lessonIds, Recipients recipients, AssignmentRules rules) {

    public AssignmentRequest {
        lessonIds = List.copyOf(Objects.requireNonNullElse(lessonIds, List.of()));
    }
}
