/** Students' reading, quiz attempts, answers, scoring and practice of missed questions. */
@org.springframework.modulith.ApplicationModule(displayName = "Attempt", allowedDependencies = {"assignment", "course", "security", "base::ui"})
package org.lectern.attempt;
