/**
 * Scores for instructors and students: the {@link org.lectern.gradebook.Gradebook} of students against assigned
 * lessons, its CSV exports ({@link org.lectern.gradebook.GradebookExports}), attempt reviews and a student's own
 * progress. Reads attempts through {@link org.lectern.attempt.AttemptRecords}; writes nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Gradebook", allowedDependencies = {"attempt", "assignment", "classroom", "course", "security", "base::ui"})
package org.lectern.gradebook;
