package org.lectern.course;

import java.time.Instant;

/** A course as the instructor's course list shows it: the latest version of one article. */
public record CourseSummary(long id, String title, String author, int version, int lessons, int questions,
                            int approvedQuestions, Instant importedAt) {
}
