/** Classes, join codes and rosters. */
@org.springframework.modulith.ApplicationModule(displayName = "Classroom", allowedDependencies = {"security", "base::ui"})
package org.lectern.classroom;
