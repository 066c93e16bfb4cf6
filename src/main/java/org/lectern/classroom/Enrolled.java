package org.lectern.classroom;

import org.lectern.security.SignedInUser;

/** A new student's account and the class they joined with it. */
public record Enrolled(SignedInUser student, ClassSummary joined) {
}
