package org.lectern.gradebook;

import org.lectern.attempt.AttemptReview;

/** An attempt's review for its instructor, with the student's name. */
public record ReviewPage(String studentName, String username, AttemptReview review) {
}
