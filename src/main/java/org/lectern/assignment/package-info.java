/** Assignments of lessons to classes or students, and their settings. */
@org.springframework.modulith.ApplicationModule(displayName = "Assignment", allowedDependencies = {"course", "classroom", "security", "base::ui"})
package org.lectern.assignment;
