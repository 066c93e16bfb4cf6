/**
 * Students' reading, quiz attempts, answers, scoring and practice of missed questions. {@link
 * org.lectern.attempt.AttemptRecords} reads attempts back as records: an instructor's for the gradebook, a student's
 * own scores for their progress.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attempt", allowedDependencies = {"assignment", "course", "security", "base", "base::ui"})
package org.lectern.attempt;
