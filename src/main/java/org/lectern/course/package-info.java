/** Courses, their lessons and question banks, the import of articles into courses and the export of question banks. */
@org.springframework.modulith.ApplicationModule(displayName = "Course", allowedDependencies = {"content", "content :: question", "security", "base::ui"})
package org.lectern.course;
