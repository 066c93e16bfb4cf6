/** Courses, their lessons and question banks, and the import of articles into courses. */
@org.springframework.modulith.ApplicationModule(displayName = "Course", allowedDependencies = {"content", "content :: question", "security", "base::ui"})
package org.lectern.course;
