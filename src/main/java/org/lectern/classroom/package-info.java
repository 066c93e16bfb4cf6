/**
 * Classes, join codes and rosters ({@link org.lectern.classroom.Classes}), and how students come into classes
 * ({@link org.lectern.classroom.Enrolment}): signing up with a class's join code, or joining another class with one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Classroom", allowedDependencies = {"security", "security::ui", "base::ui"})
package org.lectern.classroom;
