package org.lectern.assignment;

/** A lesson assigned to a student, directly or through one of their classes, with the rules of its quiz. */
public record StudentAssignment(long assignmentId, String assignmentTitle, AssignedLesson lesson,
                                AssignmentRules rules) {
}
