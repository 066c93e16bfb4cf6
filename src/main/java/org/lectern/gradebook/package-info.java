/** Scores for instructors and students: gradebook, item statistics, charts and exports. */
@org.springframework.modulith.ApplicationModule(displayName = "Gradebook", allowedDependencies = {"attempt", "course", "security", "base::ui"})
package org.lectern.gradebook;
